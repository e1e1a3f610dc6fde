import { channelRefOf } from '../src/storage/channel-settings-store';
import { channelPagePath } from '../src/http/channel-page/channel-page-path';
import { ephemeral, type CommandHandler } from './command-deps';
import { requireManager } from './require-manager';

/**
 * `/brief page [reset]`: the secret link of this channel's web page, for anyone in the channel;
 * `reset` (channel managers only) replaces it and the old link stops working.
 */
export const page: CommandHandler = async (ctx) => {
  const { channelPage, publicUrl } = ctx.deps;
  if (!channelPage) return ephemeral('The channel page is not set up in this briefbot.');
  if (!publicUrl)
    return ephemeral(
      'The channel page needs PUBLIC_URL (the address people reach briefbot’s HTTP server at). Ask the admin to set it.',
    );
  const ref = channelRefOf(ctx);
  const arg = ctx.args.trim().toLowerCase();
  if (arg !== '' && arg !== 'reset')
    return ephemeral('Use `/brief page` for the link or `/brief page reset` for a new one.');
  if (arg === 'reset') {
    // Replacing the link breaks it for everyone who has it: a settings change, for managers only.
    const refusal = await requireManager(ctx, 'the page link');
    if (refusal) return refusal;
    const token = await channelPage.reset(ref);
    return ephemeral(
      `New page link for this channel (the old one no longer works):\n${channelPagePath(publicUrl, token)}`,
    );
  }
  const token = await channelPage.ensure(ref);
  return ephemeral(
    `This channel’s briefs, upcoming dates and settings on one page:\n${channelPagePath(publicUrl, token)}\nAnyone with the link can read it; \`/brief page reset\` replaces it.`,
  );
};
