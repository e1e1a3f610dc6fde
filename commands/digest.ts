import { channelRefOf } from '../src/storage/channel-settings-store';
import {
  describeCadence,
  InvalidDigestTimeError,
  parseDigestCadence,
  parseDigestTime,
  type DigestCadence,
} from '../src/events/digest-schedule';
import { ephemeral, type CommandHandler } from './command-deps';
import { requireManager } from './require-manager';

const usage =
  'Use `/brief digest 08:00` (every day, channel time), `/brief digest 08:00 weekdays`, `/brief digest mon 08:00` (weekly), `/brief digest off`, `/brief digest now`, or `/brief digest empty skip|say`.';

/** `/brief digest HH:MM [daily|weekdays|<day>] | off | now | empty skip|say`: this channel's digest. */
export const digest: CommandHandler = async (ctx) => {
  const events = ctx.deps.events;
  if (!events) return ephemeral('Digests are not set up in this briefbot (no worker side configured).');
  const ref = channelRefOf(ctx);
  const [word = '', option = ''] = ctx.args.trim().toLowerCase().split(/\s+/);
  const settings = await ctx.deps.settings.get(ref);

  if (word === '') {
    const cadence = describeCadence(settings.digestCadence ?? 'daily');
    const when = settings.digestTime ? `${cadence} at ${settings.digestTime} (${settings.timezone})` : 'off';
    return ephemeral(
      `${(settings.digestCadence ?? 'daily') === 'daily' ? 'Daily digest' : 'Digest'}: ${when}; a day with nothing new is ${settings.digestSkipEmpty ? 'skipped' : 'said in one line'}. ${usage}`,
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
  const words = ctx.args.trim().split(/\s+/);
  const timeWords = words.filter((w) => /^\d{1,2}:\d{2}$/.test(w));
  const otherWords = words.filter((w) => !/^\d{1,2}:\d{2}$/.test(w));
  let time: string;
  try {
    time = parseDigestTime(timeWords[0] ?? words[0] ?? '');
  } catch (err) {
    if (err instanceof InvalidDigestTimeError) return ephemeral(`${err.message} ${usage}`);
    throw err;
  }
  let cadence: DigestCadence = 'daily';
  if (otherWords.length > 0) {
    const parsed = otherWords.length === 1 ? parseDigestCadence(otherWords[0] ?? '') : null;
    if (parsed === null)
      return ephemeral(`“${otherWords.join(' ')}” isn’t daily, weekdays or a day of the week. ${usage}`);
    cadence = parsed;
  }
  await events.digests.set(ref, time, settings.timezone, cadence);
  await ctx.deps.settings.update(ref, { digestTime: time, digestCadence: cadence });
  return {
    text: `${cadence === 'daily' ? 'Daily digest' : 'Digest'} ${describeCadence(cadence)} at ${time} (${settings.timezone}).`,
    ephemeral: false,
  };
};
