import { localParts } from '../../events/zoned-time';

const longDay = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDay = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function noon(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** True for YYYY-MM (a date the article gave only to the month). */
export function isMonth(date: string): boolean {
  return /^\d{4}-\d{2}$/.test(date);
}

/** "Tuesday 15 September 2025" for YYYY-MM-DD; "September 2025" for YYYY-MM. */
export function longDate(date: string): string {
  return isMonth(date) ? monthYear.format(noon(`${date}-01`)) : longDay.format(noon(date));
}

/** "Tue 15 Sep 2025" for YYYY-MM-DD; "September 2025" for YYYY-MM. */
export function shortDate(date: string): string {
  return isMonth(date) ? monthYear.format(noon(`${date}-01`)) : shortDay.format(noon(date));
}

/** "Mon 1 Dec 2026, 09:14" of an instant, in `zone`. */
export function instantText(at: Date, zone: string): string {
  const local = localParts(at, zone);
  return `${shortDate(local.date)}, ${local.time}`;
}

/** Today's date (YYYY-MM-DD) in `zone`. */
export function todayIn(now: Date, zone: string): string {
  return localParts(now, zone).date;
}

/** Whether a brief's date (YYYY-MM-DD or YYYY-MM) lies before `today` (YYYY-MM-DD). */
export function isBefore(date: string, today: string): boolean {
  return isMonth(date) ? date < today.slice(0, 7) : date < today;
}
