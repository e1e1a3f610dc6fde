import { channelRefOf } from '../src/storage/channel-settings-store';
import type { CorrectedDate } from '../src/events/event-fixes';
import { eventSpan } from '../src/events/channel-event';
import { dateRefPattern } from '../src/events/date-ref';
import { whenText } from '../src/events/event-when';
import { localParts } from '../src/events/zoned-time';
import type { CommandContext, CommandReply } from './command-context';
import { ephemeral, type CommandDeps } from './command-deps';
import { requireManager } from './require-manager';

/** What the buttons on a brief say through `/brief events <fix> <date-ref> …` (the adapters build the text). */
export const eventFixNames = ['not-event', 'redate', 'remind-me'] as const;
export type EventFixName = (typeof eventFixNames)[number];

/** How a manager writes the right date (the "Wrong date…" form says the same). */
export const DATE_FORMAT_HINT =
  'a date such as 2026-06-16, 2026-06-16 14:30 (this channel’s time zone) or 2026-06';

const gone = ephemeral(
  'That date is no longer in this channel’s events (already removed or past). `/brief events` lists what is.',
);

/** Parses what a manager typed as the right date, or null when it is not one. */
export function parseCorrectedDate(input: string): CorrectedDate | null {
  const m = /^\s*(\d{4})-(\d{2})(?:-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?)?\s*$/.exec(input);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  if (Number(mo) < 1 || Number(mo) > 12) return null;
  if (d === undefined) return { date: `${y}-${mo}`, time: null };
  const day = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return null;
  if (h === undefined || mi === undefined) return { date: `${y}-${mo}-${d}`, time: null };
  if (Number(h) > 23 || Number(mi) > 59) return null;
  return { date: `${y}-${mo}-${d}`, time: `${h.padStart(2, '0')}:${mi}` };
}

/**
 * The fixes behind the buttons of a posted brief, by the date reference the button carries:
 * `not-event <ref>` and `redate <ref> <date>` change the channel's calendar (managers only, like every
 * setting); `remind-me <ref>` plans a direct-message reminder for whoever asks.
 */
export async function runEventFix(
  ctx: CommandContext<CommandDeps>,
  name: EventFixName,
  rest: string,
): Promise<CommandReply> {
  const events = ctx.deps.events;
  if (!events) return ephemeral('Events are not set up in this briefbot (no worker side configured).');
  const [dateRef = '', ...more] = rest.trim().split(/\s+/);
  if (!dateRefPattern.test(dateRef)) return gone;
  const ref = channelRefOf(ctx);
  if (name === 'remind-me') {
    const outcome = await events.fixes.remindUser(ref, dateRef, ctx.user);
    if (!outcome.found) return gone;
    const r = outcome.value;
    if (!r.planned)
      return ephemeral(
        r.reason === 'called-off'
          ? `“${r.event.what}” is called off, so there is nothing to remind you of.`
          : `“${r.event.what}” (${whenText(r.event)}) is too close for a reminder.`,
      );
    return ephemeral(
      `I’ll remind you of “${r.event.what}” (${whenText(r.event)}) by direct message on ${whenText(reminderWhen(r.at, r.event.timezone))}.`,
    );
  }
  const refusal = await requireManager(ctx, 'this channel’s events');
  if (refusal) return refusal;
  if (name === 'not-event') {
    const outcome = await events.fixes.remove(ref, dateRef);
    if (!outcome.found) return gone;
    const removed = outcome.value;
    return {
      text: `Removed “${removed.what}” (${whenText(removed)}) from this channel’s events, calendar and reminders: it was not an event.`,
      ephemeral: false,
    };
  }
  const corrected = parseCorrectedDate(more.join(' '));
  if (!corrected)
    return {
      ...ephemeral(`“${more.join(' ')}” isn’t a date I can use. Give ${DATE_FORMAT_HINT}.`),
      invalidInput: true,
    };
  const { timezone } = await ctx.deps.settings.get(ref);
  if (eventSpan({ ...corrected, timezone: null }, timezone).endsAt <= ctx.deps.clock.now().getTime())
    return {
      ...ephemeral('That date has already passed; give the date the event will happen.'),
      invalidInput: true,
    };
  const outcome = await events.fixes.redate(ref, dateRef, corrected);
  if (!outcome.found) return gone;
  const { before, after } = outcome.value;
  return {
    text: `Corrected “${after.what}”: ${whenText(after)} (was ${whenText(before)}). Its reminders and the calendar follow.`,
    ephemeral: false,
  };
}

function reminderWhen(at: number, timezone: string) {
  const { date, time } = localParts(new Date(at), timezone);
  return { date, time, timezone };
}
