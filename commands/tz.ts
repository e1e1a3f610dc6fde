import { channelRefOf } from '../src/storage/channel-settings-store';
import { ephemeral, type CommandHandler } from './command-deps';
import { requireManager } from './require-manager';
import { resolveZone } from './zone-names';

function localTime(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** `/brief tz <IANA zone>`: the zone digests, reminders and dates use in this channel. */
export const tz: CommandHandler = async (ctx) => {
  const arg = ctx.args.trim();
  const ref = channelRefOf(ctx);
  if (arg === '') {
    const { timezone } = await ctx.deps.settings.get(ref);
    return ephemeral(
      `This channel’s time zone is ${timezone}. Change it with \`/brief tz Europe/Paris\` (an IANA zone name or a city).`,
    );
  }
  const refusal = await requireManager(ctx, 'the time zone');
  if (refusal) return refusal;
  const answer = resolveZone(arg);
  if (answer.kind === 'abbreviation') {
    return ephemeral(
      `${answer.abbreviation} has no daylight saving; did you mean ${answer.suggestion}? An abbreviation keeps one offset all year, so times would be an hour off for part of it. Use \`/brief tz ${answer.suggestion}\` (a city works too, e.g. \`/brief tz paris\`).`,
    );
  }
  if (answer.kind === 'unknown') {
    return ephemeral(
      `“${arg}” isn’t a time zone I know. Use a city or an IANA zone name such as Europe/Paris, America/New_York or Asia/Tokyo.`,
    );
  }
  const zone = answer.zone;
  const updated = await ctx.deps.settings.update(ref, { timezone: zone });
  // Reminders and the digest follow the channel's zone: move them with it.
  const events = ctx.deps.events;
  if (events) {
    if (updated.digestTime)
      await events.digests.set(ref, updated.digestTime, zone, updated.digestCadence ?? 'daily');
    await events.replanChannel(ref);
  }
  return ephemeral(
    `Time zone for this channel is now ${zone} (it’s ${localTime(ctx.deps.clock.now(), zone)} there). Digests, reminders and dates use it.`,
  );
};
