import { localParts } from '../../events/zoned-time';

/** Formats by parts, so the words never depend on a locale's punctuation: "Tuesday 15 September 2025". */
function dayFormat(length: 'long' | 'short'): (d: Date) => string {
  const f = new Intl.DateTimeFormat('en-GB', {
    weekday: length,
    day: 'numeric',
    month: length,
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (d) => {
    const parts: Record<string, string> = {};
    for (const p of f.formatToParts(d)) parts[p.type] = p.value;
    return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
  };
}
const longDay = { format: dayFormat('long') };
const shortDay = { format: dayFormat('short') };
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
