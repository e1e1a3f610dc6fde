import type { NextDate } from '../../brief';
import type { Sentence } from '../sentences';
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
import { nativeDirection, notAnEvent, weekdayModifier } from './native-tense';
import { describeNative } from './native-describe';

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
    out.push({ text, start, end, ...resolved, time, direction, monthPart: raw.monthPart });
  }
  return out;
}

function isUpcoming(m: NativeMention, published: string): boolean {
  if (m.granularity === 'year') return false;
  if (m.granularity === 'day') return m.date > published;
  const month = published.slice(0, 7);
  return m.date > month || (m.date === month && m.monthPart && m.direction === 'future');
}

/**
 * The brief's `next` list for an article in French, German or Spanish: each sentence's dates resolved by
 * chrono's language parser and briefbot's native parsers, kept when strictly after `published` and stated as
 * scheduled (not a deadline, a period's bound or a condition), with a label, place and verbatim quote.
 */
export function findNativeNextDates(
  sentences: readonly Sentence[],
  published: string,
  lexicon: NativeLexicon,
): NextDate[] {
  const found: NextDate[] = [];
  let anchor: string | undefined;
  for (const sentence of sentences) {
    const mentions = resolveNativeSentence(sentence.text, published, lexicon, anchor);
    anchor = mentions.findLast((m) => m.granularity === 'day')?.date ?? anchor;
    for (const m of mentions) {
      if (!isUpcoming(m, published)) continue;
      if (notAnEvent(sentence.text, m.start, lexicon)) continue;
      const item = describeNative(sentence.text, m, lexicon);
      if (found.some((f) => f.date === item.date && (f.quote === item.quote || f.what === item.what)))
        continue;
      found.push(item);
    }
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
