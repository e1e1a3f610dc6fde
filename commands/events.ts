import { eventsText } from '../src/events/event-text';
import { ephemeral, type CommandHandler } from './command-deps';

/** How far ahead `/brief events` looks when no number is given. */
export const DEFAULT_DAYS = 14;

const notSetUp = ephemeral('Events are not set up in this briefbot (no worker side configured).');

/** `/brief events [days]`: the channel's upcoming events (default 14 days, at most 90). */
export const events: CommandHandler = async (ctx) => {
  if (!ctx.deps.events) return notSetUp;
  const arg = ctx.args.trim();
  const days = arg === '' ? DEFAULT_DAYS : Number(arg);
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    return ephemeral(
      `“${arg}” isn’t a number of days. Use \`/brief events\` (${DEFAULT_DAYS} days) or e.g. \`/brief events 30\` (1 to 90).`,
    );
  }
  const ref = { platform: ctx.platform, channel: ctx.channel };
  const { timezone } = await ctx.deps.settings.get(ref);
  const lines = await ctx.deps.events.upcoming(ref, days);
  return {
    text: eventsText(lines, days, timezone),
    ephemeral: false,
    message: { kind: 'events', events: lines, days, timezone },
  };
};
