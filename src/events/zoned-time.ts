/**
 * Wall-clock ↔ instant conversions for IANA zones with Intl.DateTimeFormat only (no tz library).
 * Event dates are local dates of a zone; reminders and digests need the UTC instant of
 * "09:00 on 2025-03-09 in America/New_York", including across daylight-saving changes.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** A fixed UTC offset such as "+01:00", "-0500", "UTC+2" or "GMT", in minutes; null when `zone` is not one. */
function fixedOffsetMinutes(zone: string): number | null {
  if (/^(UTC|GMT|Z)$/i.test(zone)) return 0;
  const m = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone.trim());
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** True when `zone` is an IANA zone Intl knows, or a fixed UTC offset. */
export function isKnownZone(zone: string): boolean {
  if (fixedOffsetMinutes(zone) !== null) return true;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalParts {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall clock of `instant` in `zone`. */
export function localParts(instant: Date, zone: string): LocalParts {
  const fixed = fixedOffsetMinutes(zone);
  if (fixed !== null) {
    const shifted = new Date(instant.getTime() + fixed * 60_000);
    const iso = shifted.toISOString();
    return { date: iso.slice(0, 10), time: iso.slice(11, 16), weekday: shifted.getUTCDay() };
  }
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: weekdays.indexOf(parts.weekday ?? 'Sun'),
  };
}

/** Offset of `zone` from UTC at `instant`, in milliseconds (positive east of Greenwich). */
function offsetMs(instant: number, zone: string): number {
  const fixed = fixedOffsetMinutes(zone);
  if (fixed !== null) return fixed * 60_000;
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `zone` shows `date` `time`. A time skipped by a
 * spring-forward change lands just after the gap (02:30 → 03:30); a repeated one takes the first.
 */
export function zonedToUtc(date: string, time: string, zone: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  // The offsets a day either side cover any one transition near the date.
  const candidates = [wall - offsetMs(wall - 86_400_000, zone), wall - offsetMs(wall + 86_400_000, zone)];
  const readsBack = candidates.filter((c) => {
    const back = localParts(new Date(c), zone);
    return back.date === date && back.time === time;
  });
  if (readsBack.length > 0) return new Date(Math.min(...readsBack));
  return new Date(Math.max(...candidates));
}

/** `date` (YYYY-MM-DD) plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** The first day of the month after `month` (YYYY-MM) as YYYY-MM-DD. */
export function firstDayOfNextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, m ?? 1, 1)).toISOString().slice(0, 10);
}

/** Day of week (0 = Sunday) of a calendar date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}
