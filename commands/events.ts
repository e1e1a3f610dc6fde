import { channelRefOf } from '../src/storage/channel-settings-store';
import { eventsText } from '../src/events/event-text';
import { whenText } from '../src/events/event-when';
import { ephemeral, type CommandHandler } from './command-deps';
import { eventFixNames, runEventFix, type EventFixName } from './event-fixes';
import { requireManager } from './require-manager';

/** How far ahead `/brief events` looks when no number is given. */
export const DEFAULT_DAYS = 14;

const notSetUp = ephemeral('Events are not set up in this briefbot (no worker side configured).');

/**
 * `/brief events [days]`: the channel's upcoming events (default 14 days, at most 90), numbered.
 * `/brief events remove N`: removes event N of that list (not an event, or wrong) from the list,
 * the calendar and the reminders; the channel is told, so a removal is never silent.
 */
export const events: CommandHandler = async (ctx) => {
  if (!ctx.deps.events) return notSetUp;
  const arg = ctx.args.trim();
  const ref = channelRefOf(ctx);
  const fix = /^(\S+)\s*([\s\S]*)$/.exec(arg);
  if (fix && (eventFixNames as readonly string[]).includes(fix[1] ?? ''))
    return runEventFix(ctx, fix[1] as EventFixName, fix[2] ?? '');
  const remove = /^(?:remove|rm|delete)\b\s*(.*)$/i.exec(arg);
  if (remove) {
    const refusal = await requireManager(ctx, 'this channel’s events');
    if (refusal) return refusal;
    const n = Number(remove[1]?.trim());
    if (!Number.isInteger(n) || n < 1)
      return ephemeral(
        'Say which event to remove by its number in `/brief events`, e.g. `/brief events remove 2`.',
      );
    const removed = await ctx.deps.events.removeUpcoming(ref, n);
    if (!removed)
      return ephemeral(
        `There is no event ${n} in \`/brief events\` now; list them again to see the numbers.`,
      );
    return {
      text: `Removed “${removed.what}” (${whenText(removed)}) from this channel’s events, calendar and reminders.`,
      ephemeral: false,
    };
  }
  const days = arg === '' ? DEFAULT_DAYS : Number(arg);
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    return ephemeral(
      `“${arg}” isn’t a number of days. Use \`/brief events\` (${DEFAULT_DAYS} days) or e.g. \`/brief events 30\` (1 to 90).`,
    );
  }
  const { timezone } = await ctx.deps.settings.get(ref);
  const lines = await ctx.deps.events.upcoming(ref, days);
  return {
    text: eventsText(lines, days, timezone),
    ephemeral: false,
    message: { kind: 'events', events: lines, days, timezone },
  };
};
