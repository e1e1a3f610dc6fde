import { channelRefOf } from '../src/storage/channel-settings-store';
import { ephemeral, type CommandHandler } from './command-deps';
import { requireManager } from './require-manager';

const usage = 'Usage: `/brief watch on` or `/brief watch off`.';

/**
 * `/brief watch on | off`: when on, every link posted in the channel is briefed in its thread.
 * With no argument, says whether the channel is watched.
 */
export const watch: CommandHandler = async (ctx) => {
  const arg = ctx.args.trim().toLowerCase();
  const ref = channelRefOf(ctx);
  if (arg === '') {
    const settings = await ctx.deps.settings.get(ref);
    return ephemeral(
      settings.watch
        ? 'This channel is watched: every link posted here gets a brief in its thread. Stop with `/brief watch off`.'
        : 'This channel is not watched. Turn it on with `/brief watch on` to brief every link posted here.',
    );
  }
  if (arg !== 'on' && arg !== 'off') return ephemeral(`“${ctx.args.trim()}” isn’t on or off. ${usage}`);
  const refusal = await requireManager(ctx, 'watching');
  if (refusal) return refusal;
  await ctx.deps.settings.update(ref, { watch: arg === 'on' });
  return ephemeral(
    arg === 'on'
      ? 'Watching this channel: every link posted here gets a brief in its thread. (Invite me to the channel if I’m not in it yet.)'
      : 'Stopped watching this channel. `/brief <link>` still works.',
  );
};
