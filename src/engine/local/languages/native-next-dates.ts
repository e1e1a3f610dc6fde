import {
  addDays,
  formatDay,
  formatMonth,
  parseDay,
  resolveMonth,
  resolveMonthDay,
  resolveWeekday,
  type Day,
  type Direction,
} from './native-calendar';
import { parseNativeDates, type RawMention } from './native-date-parser';
import type { NativeLexicon } from './native-lexicon';
import { nativeDirection, weekdayModifier } from './native-tense';

/** One dated expression of a sentence, resolved. */
export interface NativeMention {
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  date: string;
  granularity: 'day' | 'month' | 'year';
  time: string | null;
  direction: Direction;
  /** A qualified month ("Anfang März"): upcoming even in the month of publication. */
  monthPart: boolean;
  /** The year is written in the text. */
  yearStated: boolean;
  /** The last day of a range ("du 10 au 17 mars"), as the range's start resolved. */
  rangeEnd?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function resolveRaw(
  raw: RawMention,
  direction: Direction,
  ref: Day,
  anchor: string | undefined,
  sentence: string,
  lexicon: NativeLexicon,
): Pick<NativeMention, 'date' | 'granularity'> | undefined {
  if (new RegExp(`^(?:${lexicon.followingDay})$`, 'iu').test(raw.text.trim())) {
    const base = (anchor !== undefined ? parseDay(anchor) : undefined) ?? ref;
    return { date: formatDay(addDays(base, 1)), granularity: 'day' };
  }
  if (raw.day !== undefined && raw.month !== undefined) {
    if (raw.year !== undefined)
      return { date: formatDay({ year: raw.year, month: raw.month, day: raw.day }), granularity: 'day' };
    const day = resolveMonthDay(raw.month, raw.day, raw.weekday, direction, ref);
    return day ? { date: formatDay(day), granularity: 'day' } : undefined;
  }
  if (raw.weekday !== undefined) {
    const modifier = weekdayModifier(sentence, raw.index, raw.index + raw.text.length, lexicon);
    return { date: formatDay(resolveWeekday(raw.weekday, modifier, direction, ref)), granularity: 'day' };
  }
  if (raw.month !== undefined) {
    if (raw.year !== undefined) return { date: formatMonth(raw.year, raw.month), granularity: 'month' };
    return { date: resolveMonth(raw.month, direction, ref), granularity: 'month' };
  }
  if (raw.year !== undefined) return { date: String(raw.year), granularity: 'year' };
  return undefined;
}

/** Every dated expression of one sentence with its resolved value, past or future. */
export function resolveNativeSentence(
  sentence: string,
  published: string,
  lexicon: NativeLexicon,
  anchor?: string,
): NativeMention[] {
  const ref = parseDay(published);
  if (!ref) return [];
  const out: NativeMention[] = [];
  for (const raw of parseNativeDates(sentence, ref, lexicon)) {
    const text = raw.text.replace(/[\s,.;:]+$/u, '');
    const start = raw.index;
    const end = start + text.length;
    const last = out[out.length - 1];
    const isDate =
      raw.day !== undefined || raw.weekday !== undefined || raw.month !== undefined || raw.year !== undefined;
    if (!isDate && !new RegExp(`^(?:${lexicon.followingDay})$`, 'iu').test(text)) {
      // A time alone ("um 15.30 Uhr", "à 20h30") belongs to the date just before it.
      if (last && last.time === null && raw.hour !== undefined && start - last.end < 12)
        last.time = `${pad(raw.hour)}:${pad(raw.minute ?? 0)}`;
      continue;
    }
    const direction = nativeDirection(sentence, start, end, lexicon);
    const resolved = resolveRaw(
      raw,
      direction,
      ref,
      out.findLast((m) => m.granularity === 'day')?.date ?? anchor,
      sentence,
      lexicon,
    );
    if (!resolved) continue;
    const time =
      raw.hour !== undefined && raw.day !== undefined ? `${pad(raw.hour)}:${pad(raw.minute ?? 0)}` : null;
    const mention: NativeMention = {
      text,
      start,
      end,
      ...resolved,
      time,
      direction,
      monthPart: raw.monthPart,
      yearStated: raw.year !== undefined,
    };
    if (raw.rangeEnd !== undefined) mention.rangeEnd = raw.rangeEnd;
    out.push(mention);
  }
  return out;
}
