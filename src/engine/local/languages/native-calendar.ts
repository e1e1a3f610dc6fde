/** Calendar arithmetic for the native date rules: plain UTC days, no time zone involved. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export type Direction = 'future' | 'past' | 'unknown';

const toTime = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day);

function fromTime(t: number): Day {
  const date = new Date(t);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export const addDays = (d: Day, n: number): Day => fromTime(toTime(d) + n * 86_400_000);
export const weekdayOf = (d: Day): number => new Date(toTime(d)).getUTCDay();
const pad = (n: number): string => String(n).padStart(2, '0');
export const formatDay = (d: Day): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (year: number, month: number): string => `${year}-${pad(month)}`;

export function parseDay(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

function isRealDay(d: Day): boolean {
  const back = fromTime(toTime(d));
  return back.year === d.year && back.month === d.month && back.day === d.day;
}

/**
 * The year of a day written without one: the tense picks the next (future) or the last (past)
 * occurrence, an unknown tense the nearest one; a weekday written with it must agree.
 */
export function resolveMonthDay(
  month: number,
  day: number,
  weekday: number | undefined,
  direction: Direction,
  ref: Day,
): Day | undefined {
  const candidates = [ref.year - 1, ref.year, ref.year + 1, ref.year + 2]
    .map((year) => ({ year, month, day }))
    .filter((d) => isRealDay(d) && (weekday === undefined || weekdayOf(d) === weekday));
  const r = toTime(ref);
  if (weekday !== undefined && candidates.length > 0) {
    // A named weekday fixes the year: take the agreeing occurrence nearest to the reference.
    return candidates.sort((a, b) => Math.abs(toTime(a) - r) - Math.abs(toTime(b) - r))[0];
  }
  if (direction === 'future') return candidates.find((d) => toTime(d) >= r);
  if (direction === 'past') return [...candidates].reverse().find((d) => toTime(d) <= r);
  return candidates.sort(
    (a, b) => Math.abs(toTime(a) - r) - Math.abs(toTime(b) - r) || toTime(b) - toTime(a),
  )[0];
}

/** A weekday: "next" the coming one, "last" the one before, otherwise the one the tense points to. */
export function resolveWeekday(
  weekday: number,
  modifier: 'next' | 'last' | 'this' | undefined,
  direction: Direction,
  ref: Day,
): Day {
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  if (modifier === 'next') return addDays(ref, ahead === 0 ? 7 : ahead);
  if (modifier === 'last') return addDays(ref, ahead === 0 ? -7 : ahead - 7);
  if (ahead === 0) return ref;
  return direction === 'past' ? addDays(ref, ahead - 7) : addDays(ref, ahead);
}

/** A month without a year: this year's or the next/last one, as the tense says; unknown is the nearest. */
export function resolveMonth(month: number, direction: Direction, ref: Day): string {
  const diff = month - ref.month;
  let year = ref.year;
  if (direction === 'future' && diff < 0) year++;
  else if (direction === 'past' && diff > 0) year--;
  else if (direction === 'unknown' && diff > 6) year--;
  else if (direction === 'unknown' && diff < -6) year++;
  return formatMonth(year, month);
}
