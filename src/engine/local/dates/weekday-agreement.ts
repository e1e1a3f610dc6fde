import {
  addDays,
  daysBetween,
  isRealDay,
  monthsBetween,
  weekdayOf,
  type CalendarDate,
} from './calendar-date';
import type { Direction } from './direction';

/**
 * The year of a month-day given without one ("January 10", "Thursday, December 30"). Candidates are the
 * reference year and its neighbours; a weekday named with the date keeps only the years where it agrees.
 * Then the tense decides: past → the latest on or before the reference, future → the earliest on or
 * after it, unknown → the nearest (a December article's "January 10" is next January).
 */
export function chooseDayYear(
  month: number,
  day: number,
  weekday: number | undefined,
  direction: Direction,
  ref: CalendarDate,
): CalendarDate | undefined {
  let candidates = [ref.year - 1, ref.year, ref.year + 1]
    .map((year) => ({ year, month, day }))
    .filter(isRealDay);
  if (weekday !== undefined) {
    const agreeing = candidates.filter((c) => weekdayOf(c) === weekday);
    if (agreeing.length > 0) candidates = agreeing;
  }
  return chooseOccurrence(candidates, direction, ref);
}

/**
 * Of the days a text may mean (one per candidate year), the one the tense points to: past → the latest on
 * or before the reference, future → the earliest on or after it, unknown → the nearest.
 */
export function chooseOccurrence(
  candidates: CalendarDate[],
  direction: Direction,
  ref: CalendarDate,
): CalendarDate | undefined {
  if (candidates.length === 0) return undefined;
  const offsets = candidates.map((c) => ({ c, d: daysBetween(ref, c) }));
  if (direction === 'past') {
    const past = offsets.filter((o) => o.d <= 0);
    if (past.length > 0) return past.reduce((a, b) => (b.d > a.d ? b : a)).c;
  }
  if (direction === 'future') {
    const future = offsets.filter((o) => o.d >= 0);
    if (future.length > 0) return future.reduce((a, b) => (b.d < a.d ? b : a)).c;
  }
  return offsets.reduce((a, b) =>
    Math.abs(b.d) < Math.abs(a.d) || (Math.abs(b.d) === Math.abs(a.d) && b.d < a.d) ? b : a,
  ).c;
}

/** The year of a month named without one ("in June", "early March"), by the same rules at month level. */
export function chooseMonthYear(month: number, direction: Direction, ref: CalendarDate): number {
  const options = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({
    year,
    d: monthsBetween(ref.year, ref.month, year, month),
  }));
  if (direction === 'past') return options.filter((o) => o.d <= 0).reduce((a, b) => (b.d > a.d ? b : a)).year;
  if (direction === 'future')
    return options.filter((o) => o.d >= 0).reduce((a, b) => (b.d < a.d ? b : a)).year;
  // Unknown tense: the nearest month, and the past one when both are as near (news reports what happened).
  return options.reduce((a, b) => (Math.abs(b.d) < Math.abs(a.d) ? b : a)).year;
}

/**
 * A bare weekday ("said Friday", "will meet Tuesday") is the nearest such day in the direction the tense
 * points, the reference day itself included; with no tense, the past one.
 */
export function resolveBareWeekday(weekday: number, direction: Direction, ref: CalendarDate): CalendarDate {
  const today = weekdayOf(ref);
  if (direction === 'future') return addDays(ref, (weekday - today + 7) % 7);
  return addDays(ref, -((today - weekday + 7) % 7));
}
