import { InvalidDigestTimeError, parseDigestTime } from '../src/events/digest-schedule';
import { ephemeral, type CommandHandler } from './command-deps';
import { requireManager } from './require-manager';

const usage =
  'Use `/brief digest 08:00` (daily, channel time), `/brief digest off`, `/brief digest now`, or `/brief digest empty skip|say`.';

/** `/brief digest HH:MM | off | now | empty skip|say`: this channel's daily digest. */
export const digest: CommandHandler = async (ctx) => {
  const events = ctx.deps.events;
  if (!events) return ephemeral('Digests are not set up in this briefbot (no worker side configured).');
  const ref = { platform: ctx.platform, channel: ctx.channel };
  const [word = '', option = ''] = ctx.args.trim().toLowerCase().split(/\s+/);
  const settings = await ctx.deps.settings.get(ref);

  if (word === '') {
    const when = settings.digestTime ? `every day at ${settings.digestTime} (${settings.timezone})` : 'off';
    return ephemeral(
      `Daily digest: ${when}; a day with nothing new is ${settings.digestSkipEmpty ? 'skipped' : 'said in one line'}. ${usage}`,
    );
  }
  if (word === 'now') {
    await events.digests.requestNow(ref, ctx.deps.clock.now().getTime());
    return ephemeral('Digest on its way: it will appear in this channel in a moment.');
  }
  const refusal = await requireManager(ctx, 'the digest');
  if (refusal) return refusal;
  if (word === 'off') {
    await events.digests.remove(ref);
    await ctx.deps.settings.update(ref, { digestTime: null });
    return { text: 'Daily digest turned off for this channel.', ephemeral: false };
  }
  if (word === 'empty') {
    if (option !== 'skip' && option !== 'say') return ephemeral(usage);
    await ctx.deps.settings.update(ref, { digestSkipEmpty: option === 'skip' });
    return ephemeral(
      option === 'skip'
        ? 'Days with nothing new get no digest.'
        : 'Days with nothing new get a one-line digest.',
    );
  }
  let time: string;
  try {
    time = parseDigestTime(word);
  } catch (err) {
    if (err instanceof InvalidDigestTimeError) return ephemeral(`${err.message} ${usage}`);
    throw err;
  }
  await events.digests.set(ref, time, settings.timezone);
  await ctx.deps.settings.update(ref, { digestTime: time });
  return { text: `Daily digest every day at ${time} (${settings.timezone}).`, ephemeral: false };
};
