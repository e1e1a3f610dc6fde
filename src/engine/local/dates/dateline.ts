import * as chrono from 'chrono-node/en';
import { formatDay, isRealDay, parseCalendarDate } from './calendar-date';
import { chooseDayYear } from './weekday-agreement';

// "WASHINGTON, Dec. 30 (Reuters) -", "PARIS (AFP), 30 December 2021 —": a wire dateline at a line start.
const WIRE_DATELINE =
  /^\s*\p{Lu}[\p{L}\p{M} .'’-]{1,40}(?:\([\p{L} ]+\))?,\s*([^()\n]{3,40}?)\s*(?:\(|[-–—]{1,2}\s)/u;
const HEAD_CHARS = 600;

function dayFrom(text: string, reference: string | undefined): string | undefined {
  const [result] = chrono.strict.parse(text, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 });
  if (!result) return undefined;
  const s = result.start;
  if (!s.isCertain('month') || !s.isCertain('day')) return undefined;
  const month = s.get('month') ?? 0;
  const day = s.get('day') ?? 0;
  if (s.isCertain('year')) {
    const d = { year: s.get('year') ?? 0, month, day };
    return isRealDay(d) ? formatDay(d) : undefined;
  }
  const ref = reference ? parseCalendarDate(reference) : undefined;
  if (!ref) return undefined;
  const weekday = s.isCertain('weekday') ? (s.get('weekday') ?? undefined) : undefined;
  const d = chooseDayYear(month, day, weekday ?? undefined, 'past', ref);
  return d ? formatDay(d) : undefined;
}

/**
 * The publication date an article states in its first lines: a line that is only a date ("Friday,
 * November 26, 2004", "December 10, 2013") or a wire dateline ("WASHINGTON, Dec. 30, 2021 (Reuters) -").
 * A dateline without a year ("Dec. 30") needs `reference` (today, say) and takes the latest such day on
 * or before it. Returns YYYY-MM-DD, or undefined when the opening names no full day.
 */
export function findDateline(text: string, reference?: string): string | undefined {
  const lines = text
    .slice(0, HEAD_CHARS)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 4);
  for (const line of lines) {
    const cleaned = line.replace(/^(?:published|posted|updated|date)\s*:?\s*/i, '').replace(/\s*\|.*$/, '');
    if (cleaned.length <= 60) {
      const [result] = chrono.strict.parse(cleaned);
      if (result && result.text.length >= cleaned.replace(/[^\w]+$/, '').length * 0.6) {
        const found = dayFrom(cleaned, reference);
        if (found) return found;
      }
    }
    const wire = WIRE_DATELINE.exec(line);
    if (wire) {
      const found = dayFrom(wire[1]!, reference);
      if (found) return found;
    }
  }
  return undefined;
}
