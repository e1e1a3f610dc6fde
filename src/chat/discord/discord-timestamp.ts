/**
 * Dates as Discord timestamps (`<t:unix:style>`), which each reader's client shows in their own zone.
 * https://discord.com/developers/docs/reference#message-formatting-timestamp-styles
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Offset of `zone` from UTC at `utcMillis`, in minutes; null when the zone is unknown. */
function zoneOffsetMinutes(zone: string, utcMillis: number): number | null {
  const fixed = /^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone.trim());
  if (fixed) {
    const sign = fixed[1] === '-' ? -1 : 1;
    return sign * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
  }
  if (/^(UTC|GMT|Z)$/i.test(zone.trim())) return 0;
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(new Date(utcMillis));
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    return Math.round((asUtc - Math.floor(utcMillis / 60000) * 60000) / 60000);
  } catch {
    return null;
  }
}

/** Unix seconds of a wall-clock `date time` in `zone`, or null when the zone is unknown. */
export function zonedUnixSeconds(date: string, time: string, zone: string): number | null {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  const first = zoneOffsetMinutes(zone, wall);
  if (first === null) return null;
  // Second pass: the offset at the real instant (correct across DST changes).
  const second = zoneOffsetMinutes(zone, wall - first * 60000) ?? first;
  return (wall - second * 60000) / 1000;
}

/**
 * How one date reads in Discord: "`2022-01-10` <t:…:D>" for a day, with the time as <t:…:f> when
 * known, "January 2022" for a month. A day-only date is pinned to 12:00 UTC, so readers from
 * UTC-11 to UTC+11 all see the same calendar day.
 */
export function formatDiscordDate(date: string, time: string | null, zone: string | null): string {
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (time !== null) {
    const unix = zonedUnixSeconds(date, time, zone ?? 'UTC');
    if (unix !== null) return `\`${date}\` <t:${unix}:f>`;
    return `\`${date} ${time}\`${zone ? ` ${zone}` : ''}`;
  }
  const noon =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12) / 1000;
  return `\`${date}\` <t:${noon}:D>`;
}
