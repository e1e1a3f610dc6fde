import type { ParsedResult } from 'chrono-node';
import { formatMonth } from './calendar-date';
import type { Granularity } from './granularity';
import type { Direction } from './verb-direction';

/** A resolved mention, as resolve-dates.ts defines it (written out here so the two files stay apart). */
interface PeriodMention {
  text: string;
  index: number;
  end: number;
  date: string;
  granularity: Granularity;
  time: string | null;
  timezone: string | null;
  direction: Direction;
  yearStated: boolean;
}

const SAME_PERIOD_BEFORE = /\bthe\s+same\s+(?:month|period|quarter|time)\s+$/i;
const YEAR_BACK =
  /^(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+previous\s+year|the\s+year\s+before)$/i;

/** "the same month a year ago": the month last named in the text, a year back. */
export function samePeriodYearBack(
  text: string,
  r: ParsedResult,
  previous: readonly PeriodMention[],
): PeriodMention | undefined {
  const before = text.slice(0, r.index);
  const lead = SAME_PERIOD_BEFORE.exec(before);
  if (!lead || !YEAR_BACK.test(r.text)) return undefined;
  const anchor = [...previous].reverse().find((m) => m.granularity !== 'year');
  if (!anchor) return undefined;
  const year = Number(anchor.date.slice(0, 4)) - 1;
  const index = lead.index;
  const end = r.index + r.text.length;
  return {
    text: text.slice(index, end),
    index,
    end,
    date: formatMonth(year, Number(anchor.date.slice(5, 7))),
    granularity: 'month',
    time: null,
    timezone: null,
    direction: 'past',
    yearStated: true,
  };
}
