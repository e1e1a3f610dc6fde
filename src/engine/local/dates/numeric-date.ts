import { daysBetween, isRealDay, type CalendarDate } from './calendar-date';
import type { Direction } from './direction';

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
// How the text writes its other dates: "3 March" is day-first, "March 3" month-first.
const DAY_FIRST_WORDS = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?!\s*\d)`, 'i');
const MONTH_FIRST_WORDS = new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*[:.]\d)`, 'i');
const NUMERIC_ANYWHERE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})\b/g;

function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
}

/** Whether the text's own dates say it writes day before month (+1), month before day (-1), or neither (0). */
function textOrder(text: string): number {
  for (const m of text.matchAll(NUMERIC_ANYWHERE)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) return 1;
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) return -1;
  }
  const dayFirst = DAY_FIRST_WORDS.test(text);
  const monthFirst = MONTH_FIRST_WORDS.test(text);
  if (dayFirst !== monthFirst) return dayFirst ? 1 : -1;
  return 0;
}

/**
 * An all-numeric date ("12/03/2009", "05.03.2007") whose first two numbers could each be the month. The
 * reading is the one the text's own other dates use (a "25/01/2010" or a "3 March" elsewhere means day
 * first), else the one that agrees with the tense (a past "signed on 05/03/2007" read on 20 March 2007 is
 * 5 March, since 3 May had not come), else day first for dots and month first for slashes (as chrono
 * reads them). Undefined when the expression is not such a date or only one reading is real.
 */
export function numericDateReading(
  expression: string,
  text: string,
  direction: Direction,
  ref: CalendarDate,
): CalendarDate | undefined {
  const m = NUMERIC.exec(expression.trim());
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = fullYear(m[4]!);
  const monthFirst = { year, month: a, day: b };
  const dayFirst = { year, month: b, day: a };
  if (!isRealDay(monthFirst)) return isRealDay(dayFirst) ? dayFirst : undefined;
  if (!isRealDay(dayFirst) || a === b) return monthFirst;
  const order = textOrder(text);
  if (order !== 0) return order > 0 ? dayFirst : monthFirst;
  const fits = (d: CalendarDate): boolean =>
    direction === 'past'
      ? daysBetween(ref, d) <= 0
      : direction === 'future'
        ? daysBetween(ref, d) >= 0
        : true;
  if (fits(monthFirst) !== fits(dayFirst)) return fits(dayFirst) ? dayFirst : monthFirst;
  return m[2] === '/' ? monthFirst : dayFirst;
}
