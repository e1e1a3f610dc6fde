import type { Parser } from 'chrono-node';
import { formatDay, isRealDay, type CalendarDate } from './calendar-date';
import { monthNumber } from './custom-parsers';
import type { Direction } from './verb-direction';
import { chooseOccurrence } from './weekday-agreement';

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * "late May", "early March 2025", "mid May": a part of a named month is that month. chrono reads "late
 * June" but not "late May" (it takes "May" for the verb), so the month name must be capitalised here.
 */
export const monthPartParser: Parser = {
  pattern: () =>
    new RegExp(`\\b(?:early|late|mid)[\\s-]+(${MONTH_NAMES})\\b(?:,?\\s+(1[6-9]\\d\\d|20\\d\\d))?`),
  extract: (context, match) => {
    const components: Record<string, number> = { month: monthNumber(match[1]!)! };
    if (match[2]) components.year = Number(match[2]);
    return context.createParsingResult(match.index ?? 0, match[0], components).addTag('briefbot/month-part');
  },
};

/** The tag of a day of the month named without its month ("on the 28th"). */
export const DAY_OF_MONTH_TAG = 'briefbot/day-of-month';

/**
 * "late this month, on the 28th", "by the 15th": a day of the month without the month's name, after a
 * preposition of time. Not an ordinal of something else ("the 28th anniversary", "the 3rd of May", which
 * chrono reads itself).
 */
export const dayOfMonthParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:on|by|from|until|till|before|after|since)\\s+the\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b` +
        `(?!\\s*(?:of\\b|-|(?:${MONTH_NAMES})\\b|[a-z]))`,
      'i',
    ),
  extract: (context, match) => {
    const index = (match.index ?? 0) + match[0].search(/the\s/i);
    return context
      .createParsingResult(index, match[0].slice(index - (match.index ?? 0)), { day: Number(match[1]) })
      .addTag(DAY_OF_MONTH_TAG);
  },
};

/**
 * The day "on the 28th" means: in the month named just before it in the sentence ("later this month, on
 * the 28th"), else in the reference month or a neighbour, as the tense points (future: the next such
 * day, past: the last one, unknown: the nearest).
 */
export function dayOfMonth(
  day: number,
  monthNamed: string | undefined,
  direction: Direction,
  ref: CalendarDate,
): string | undefined {
  if (monthNamed !== undefined) {
    const named = { year: Number(monthNamed.slice(0, 4)), month: Number(monthNamed.slice(5, 7)), day };
    return isRealDay(named) ? formatDay(named) : undefined;
  }
  const candidates = [-1, 0, 1]
    .map((shift) => {
      const index = ref.year * 12 + ref.month - 1 + shift;
      return { year: Math.floor(index / 12), month: (index % 12) + 1, day };
    })
    .filter(isRealDay);
  const chosen = chooseOccurrence(candidates, direction, ref);
  return chosen ? formatDay(chosen) : undefined;
}
