import type { ParsedResult } from 'chrono-node';

const ZONE_NAME =
  /\b(GMT|UTC|Z|[ECMP][SD]T|BST|CET|CEST|EET|EEST|MSK|JST|IST|AEST|AEDT|HKT|SGT)\b|\b(?:GMT|UTC)?\s*([+-]\d{1,2}(?::?\d{2})?)\b/;
const LOOKS_LIKE_TIME = /\d{1,2}[:.]\d{2}|\d\s*[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b/i;

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The clock time a chrono result states ("at 10:00 GMT", "9 a.m. EST") as HH:MM with the zone as written
 * (or as a UTC offset), or undefined when it states none. Prices ("$1.20 a share") are not times.
 */
export function timeOf(
  r: ParsedResult,
  sentence: string,
): { time: string; timezone: string | null } | undefined {
  const s = r.start;
  if (!s.isCertain('hour')) return undefined;
  if (!LOOKS_LIKE_TIME.test(r.text)) return undefined;
  const before = sentence.slice(Math.max(0, r.index - 4), r.index);
  if (/[$€£¥]\s*$/.test(before)) return undefined;
  const time = `${String(s.get('hour') ?? 0).padStart(2, '0')}:${String(s.get('minute') ?? 0).padStart(2, '0')}`;
  const named = ZONE_NAME.exec(r.text);
  let timezone: string | null = null;
  if (named?.[1]) timezone = named[1] === 'Z' ? 'UTC' : named[1];
  else if (s.isCertain('timezoneOffset')) timezone = formatOffset(s.get('timezoneOffset') ?? 0);
  return { time, timezone };
}
