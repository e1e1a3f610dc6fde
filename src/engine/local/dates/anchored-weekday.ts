import { addDays, formatDay, parseCalendarDate, weekdayOf, type CalendarDate } from './calendar-date';
import type { Direction } from './verb-direction';
import { resolveBareWeekday } from './weekday-agreement';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DEFINITE_NEXT = /\bthe\s+(?:next|following)\s+$/i;
const DEFINITE_LEAD = /\bthe\s+$/i;

/**
 * "sold half of them the next Friday", "agreed to meet again the following Friday": with "the", the next
 * weekday is counted from the day the story last named, not from the day of writing. In a past narrative
 * it is a day gone by: the one after the last day named when that is not after publication, else the
 * latest such weekday before it. Returns undefined when the text is no such weekday (then the parser's
 * reading stands: "next Friday" without "the" is the coming one).
 */
export function anchoredWeekday(
  text: string,
  before: string,
  direction: Direction,
  anchorOf: () => string | undefined,
  ref: CalendarDate,
): string | undefined {
  const named = /^(?:(next|following)\s+)?(\p{L}+)[\s,.;:]*$/iu.exec(text.trim());
  if (!named) return undefined;
  const weekday = WEEKDAYS.indexOf(named[2]!.toLowerCase());
  const definite = named[1] ? DEFINITE_LEAD.test(before) : DEFINITE_NEXT.test(before);
  if (weekday < 0 || !definite) return undefined;
  const anchor = anchorOf();
  const from = anchor !== undefined ? parseCalendarDate(anchor) : undefined;
  if (from) {
    const day = addDays(from, ((weekday - weekdayOf(from) + 6) % 7) + 1);
    if (direction !== 'past' || formatDay(day) <= formatDay(ref)) return formatDay(day);
  }
  return direction === 'past' ? formatDay(resolveBareWeekday(weekday, 'past', ref)) : undefined;
}
