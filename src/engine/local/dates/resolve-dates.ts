import type { ParsedResult } from 'chrono-node';
import { splitSentences } from '../sentences';
import { anchoredWeekday } from './anchored-weekday';
import { addDays, formatDay, formatMonth, parseCalendarDate, type CalendarDate } from './calendar-date';
import { parseDateExpressions } from './date-parser';
import { dateDirection, verbGroups, type Direction } from './direction';
import { granularityOf, type Granularity } from './granularity';
import { movableHoliday } from './holiday-parser';
import { DAY_OF_MONTH_TAG, dayOfMonth } from './month-part-parser';
import { numericDateReading } from './numeric-date';
import { ANCHORED_TAG } from './relative-day-parser';
import { samePeriodYearBack } from './same-period';
import { sentenceTerms, type SentenceTerm } from './sentence-terms';
import { timeOf } from './time-of-day';
import { chooseDayYear, chooseMonthYear, chooseOccurrence, resolveBareWeekday } from './weekday-agreement';

/** One dated expression of a text, past or future, resolved against a reference day. */
export interface DateMention {
  text: string;
  /** Offset of `text` in the text given to `resolveDates`. */
  index: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as precise as the text is. */
  date: string;
  granularity: Granularity;
  /** HH:MM (24 h) when the text gives a time with the date. */
  time: string | null;
  timezone: string | null;
}

/** A mention with what the next-date finder needs to know about it. */
export interface ResolvedMention extends DateMention {
  end: number;
  direction: Direction;
  /** The year came from the text ("June 10, 2022", "next year") rather than from the tense. */
  yearStated: boolean;
}

/** The reference day is not a real `YYYY-MM-DD` date. */
export class InvalidReferenceError extends Error {
  readonly code = 'INVALID_REFERENCE';
  constructor(readonly reference: string) {
    super(`reference date must be YYYY-MM-DD, got "${reference}"`);
    this.name = 'InvalidReferenceError';
  }
}

const DIRECTIONS: readonly Direction[] = ['past', 'future', 'unknown'];
const LEAD_WORD = /^(?:on|in|at|by)\s+/i;
const MODIFIED_WEEKDAY = /\b(?:next|last|this|coming|past|previous|weekend)\b/i;

function resolveOne(
  r: ParsedResult,
  direction: Direction,
  ref: CalendarDate,
  context: {
    text: string;
    previous: readonly ResolvedMention[];
    sameSentence: readonly ResolvedMention[];
    anchor?: string | undefined;
  },
): { date: string; granularity: Granularity; yearStated: boolean } | undefined {
  const s = r.start;
  const granularity = granularityOf(s);
  if (!granularity) return undefined;
  const anchored = [...r.tags()].find((t) => t.startsWith(ANCHORED_TAG));
  if (anchored) {
    // "the following day": counted from the last day the text named, else from the reference day.
    const anchor = [...context.previous].reverse().find((m) => m.granularity === 'day');
    const base =
      (anchor && parseCalendarDate(anchor.date)) ??
      (context.anchor !== undefined ? parseCalendarDate(context.anchor) : undefined) ??
      ref;
    const offset = Number(anchored.slice(ANCHORED_TAG.length));
    return { date: formatDay(addDays(base, offset)), granularity: 'day', yearStated: false };
  }
  if (r.tags().has(DAY_OF_MONTH_TAG)) {
    const named = [...context.sameSentence].reverse().find((m) => m.granularity !== 'year');
    const date = dayOfMonth(s.get('day') ?? 0, named?.date.slice(0, 7), direction, ref);
    return date ? { date, granularity: 'day', yearStated: named?.yearStated ?? false } : undefined;
  }
  // "demanded in early February that forces withdraw by the end of the month": the month just named.
  const month = r.tags().has('briefbot/boundary') && /\bof\s+the\s+month\b/i.test(r.text);
  const named = month ? [...context.sameSentence].reverse().find((m) => m.granularity !== 'year') : undefined;
  if (named) return { date: named.date.slice(0, 7), granularity: 'month', yearStated: named.yearStated };
  const numeric = numericDateReading(r.text.replace(LEAD_WORD, ''), context.text, direction, ref);
  if (numeric) return { date: formatDay(numeric), granularity: 'day', yearStated: true };
  const get = (c: 'year' | 'month' | 'day' | 'weekday'): number => s.get(c) ?? 0;
  if (s.isCertain('year')) {
    if (s.isCertain('day'))
      return {
        date: formatDay({ year: get('year'), month: get('month'), day: get('day') }),
        granularity: 'day',
        yearStated: true,
      };
    if (s.isCertain('month'))
      return { date: formatMonth(get('year'), get('month')), granularity: 'month', yearStated: true };
    return { date: String(get('year')).padStart(4, '0'), granularity: 'year', yearStated: true };
  }
  const movable = [...r.tags()].find((t) => t.startsWith('briefbot/movable:'));
  if (movable) {
    const name = movable.slice('briefbot/movable:'.length);
    const candidates = [ref.year - 1, ref.year, ref.year + 1].flatMap((y) => movableHoliday(name, y) ?? []);
    const day = chooseOccurrence(candidates, direction, ref);
    return day ? { date: formatDay(day), granularity: 'day', yearStated: false } : undefined;
  }
  if (s.isCertain('month') && s.isCertain('day')) {
    const weekday = s.isCertain('weekday') ? get('weekday') : undefined;
    const day = chooseDayYear(get('month'), get('day'), weekday, direction, ref);
    return day ? { date: formatDay(day), granularity: 'day', yearStated: false } : undefined;
  }
  if (s.isCertain('month')) {
    return {
      date: formatMonth(chooseMonthYear(get('month'), direction, ref), get('month')),
      granularity: 'month',
      yearStated: false,
    };
  }
  if (s.isCertain('weekday')) {
    const day = MODIFIED_WEEKDAY.test(r.text)
      ? { year: get('year'), month: get('month'), day: get('day') }
      : resolveBareWeekday(get('weekday'), direction, ref);
    return { date: formatDay(day), granularity: 'day', yearStated: false };
  }
  return undefined;
}

/**
 * "Last year the festival lost two shows to storms in August", "In 2007, talks collapsed in October": a
 * month without a year after a stated year of the same clause is a month of that year.
 */
function yearOfSentence<T extends { date: string; granularity: Granularity; yearStated: boolean }>(
  resolved: T | undefined,
  direction: Direction,
  earlier: readonly ResolvedMention[],
  gapAfter: (m: ResolvedMention) => string,
): T | undefined {
  if (!resolved || resolved.granularity !== 'month' || resolved.yearStated || direction === 'future')
    return resolved;
  const last = earlier[earlier.length - 1];
  if (
    !last ||
    last.granularity !== 'year' ||
    !last.yearStated ||
    /;|\b(?:and|but|that|which|who|while|whereas)\b/i.test(gapAfter(last))
  )
    return resolved;
  return { ...resolved, date: `${last.date}${resolved.date.slice(4)}`, yearStated: true };
}

/** The last day-level mention of `mentions`, read from the end. */
function lastDayOf(mentions: readonly ResolvedMention[]): string | undefined {
  for (let i = mentions.length - 1; i >= 0; i--)
    if (mentions[i]!.granularity === 'day') return mentions[i]!.date;
  return undefined;
}

/**
 * Every dated expression in `text` with its resolved date, in text order, with direction and whether the
 * year was stated. Sentences are resolved one by one so the tense of each governs its own dates.
 */
export function resolveDateMentions(
  text: string,
  reference: string,
  options: {
    tense?: 'always' | 'when-needed';
    /** The last day named before `text` (a sentence of a longer article), for "the following day". */
    anchor?: string | undefined;
    /** The tagged words of `text` when it is one sentence already tagged (the engine's document). */
    tokens?: readonly SentenceTerm[] | undefined;
    /** The document's language: chooses the chrono parser (parserFor). */
    lang?: string | undefined;
  } = {},
): ResolvedMention[] {
  const ref = parseCalendarDate(reference);
  if (!ref) throw new InvalidReferenceError(reference);
  const mentions: ResolvedMention[] = [];
  const sentences = splitSentences(text);
  const given = sentences.length === 1 && sentences[0]!.start === 0 ? options.tokens : undefined;
  for (const sentence of sentences) {
    let groups: ReturnType<typeof verbGroups> | undefined;
    const sentenceMentions: ResolvedMention[] = [];
    for (const r of parseDateExpressions(sentence.text, ref, options.lang)) {
      const time = timeOf(r, sentence.text);
      const last = sentenceMentions[sentenceMentions.length - 1];
      if (granularityOf(r.start) === undefined) {
        // A time alone ("at 10:00 GMT") belongs to the date just before it, if any.
        const gap = last ? sentence.text.slice(last.end - sentence.start, r.index) : '';
        if (
          last &&
          time &&
          last.time === null &&
          gap.length < 16 &&
          /^[\s,]*(?:at|from|starting at|by)?\s*$/i.test(gap)
        ) {
          last.time = time.time;
          last.timezone = time.timezone;
        }
        continue;
      }
      const samePeriod = samePeriodYearBack(
        sentence.text,
        r,
        [...mentions, ...sentenceMentions].map((m) => ({ ...m })),
      );
      if (samePeriod) {
        sentenceMentions.push({
          ...samePeriod,
          index: sentence.start + samePeriod.index,
          end: sentence.start + samePeriod.end,
        });
        continue;
      }
      // Report the expression itself: "January 10", not "on January 10," as chrono may match it.
      const lead = r.tags().has('briefbot/year')
        ? r.text.search(/\d{4}/)
        : (LEAD_WORD.exec(r.text)?.[0].length ?? 0);
      const context = {
        text,
        previous: [...mentions, ...sentenceMentions],
        sameSentence: sentenceMentions,
        anchor: options.anchor,
      };
      // Tagging the sentence is the slow step: skip it when every tense gives the same date ("in 2014",
      // "yesterday", a bare weekday that is the reference day), unless the caller wants the direction.
      const sameEveryWay =
        options.tense === 'when-needed' &&
        new Set(DIRECTIONS.map((d) => resolveOne(r, d, ref, context)?.date)).size === 1;
      let direction: Direction = 'unknown';
      if (!sameEveryWay) {
        groups ??= verbGroups(sentence.text, given ?? sentenceTerms(sentence.text));
        // The direction of the expression without its preposition: compromise may read "held on" as one
        // phrasal verb, which must still govern "Tuesday".
        direction = dateDirection(sentence.text, r.index + lead, r.index + r.text.length, groups);
      }
      const anchoredDay = anchoredWeekday(
        r.text.slice(lead),
        sentence.text.slice(Math.max(0, r.index + lead - 20), r.index + lead),
        direction,
        () => lastDayOf(context.previous) ?? options.anchor,
        ref,
      );
      const resolved = yearOfSentence(
        anchoredDay !== undefined
          ? { date: anchoredDay, granularity: 'day' as const, yearStated: false }
          : resolveOne(r, direction, ref, context),
        direction,
        sentenceMentions,
        (m) => sentence.text.slice(m.end - sentence.start, r.index),
      );
      if (!resolved) continue;
      const shown = r.text.slice(lead).replace(/[\s,.;:]+$/, '');
      const index = sentence.start + r.index + lead;
      sentenceMentions.push({
        text: shown,
        index,
        end: index + shown.length,
        ...resolved,
        time: time?.time ?? null,
        timezone: time?.timezone ?? null,
        direction,
      });
    }
    mentions.push(...sentenceMentions);
  }
  return mentions;
}

/**
 * Every dated expression of `text`, past or future, resolved against `reference` (YYYY-MM-DD): a month-day
 * without a year takes the year its tense points to, a weekday named with a date must agree with it, and
 * the date is as precise as the text (YYYY-MM-DD, YYYY-MM or YYYY). Durations, prices, quantities and
 * times alone are not dates. Throws InvalidReferenceError for a bad reference.
 */
export function resolveDates(text: string, reference: string): DateMention[] {
  return resolveDateMentions(text, reference, { tense: 'when-needed' }).map(
    ({ text: t, index, date, granularity, time, timezone }) => ({
      text: t,
      index,
      date,
      granularity,
      time,
      timezone,
    }),
  );
}
