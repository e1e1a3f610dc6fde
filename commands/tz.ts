import { ephemeral, type CommandHandler } from './command-deps';
import { requireManager } from './require-manager';

/** The canonical spelling of an IANA zone ("europe/paris" → "Europe/Paris"), or null if unknown. */
export function canonicalZone(input: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(input)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: input }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

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
  const ref = { platform: ctx.platform, channel: ctx.channel };
  if (arg === '') {
    const { timezone } = await ctx.deps.settings.get(ref);
    return ephemeral(
      `This channel’s time zone is ${timezone}. Change it with \`/brief tz Europe/Paris\` (any IANA zone name).`,
    );
  }
  const refusal = await requireManager(ctx, 'the time zone');
  if (refusal) return refusal;
  const zone = canonicalZone(arg);
  if (zone === null) {
    return ephemeral(
      `“${arg}” isn’t a time zone I know. Use an IANA zone name such as Europe/Paris, America/New_York or Asia/Tokyo.`,
    );
  }
  const updated = await ctx.deps.settings.update(ref, { timezone: zone });
  // Reminders and the digest follow the channel's zone: move them with it.
  const events = ctx.deps.events;
  if (events) {
    if (updated.digestTime) await events.digests.set(ref, updated.digestTime, zone);
    await events.replanChannel(ref);
  }
  return ephemeral(
    `Time zone for this channel is now ${zone} (it’s ${localTime(ctx.deps.clock.now(), zone)} there). Digests, reminders and dates use it.`,
  );
};
