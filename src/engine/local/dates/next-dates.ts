import type { NextDate } from '../../brief';
import { en } from '../lexicon/en';
import type { Lexicon } from '../lexicon/lexicon';
import type { Sentence } from '../sentences';
import { formatDay, parseCalendarDate } from './calendar-date';
import { classifyContext, classifyMention } from './classify/classify';
import type { Verdict } from './classify/rule';
import { coarserThanDays, mergeInto, sortItems, type OrderedItem } from './dedupe';
import { describeMention } from './describe';
import { sentenceStatuses, type ClassifiedMention, type EventStatus } from './event-status';
import { readPublished } from './published-time';
import { resolveDateMentions, type ResolvedMention } from './resolve-dates';
import { retarget } from './retarget';
import { sentenceTerms, type SentenceTerm } from './sentence-terms';

/** What the date stages did with one dated mention (`--explain`). */
export interface DateTrace {
  /** Index of the sentence (0-based). */
  sentence: number;
  text: string;
  /** The resolved value (YYYY-MM-DD, YYYY-MM or YYYY). */
  date: string;
  verdict: Verdict;
  /** The classify rule that gave the verdict. */
  rule: string;
  kept: boolean;
  status?: EventStatus;
  previous?: string;
  /** Why a mention was not kept although upcoming, or what it was merged into. */
  note?: string;
}

/** The text the date stages read: sentences, the language's words, and tokens when already tagged. */
export interface DateSource {
  sentences: readonly Sentence[];
  lexicon?: Lexicon;
  tokensOf?: (index: number) => readonly SentenceTerm[];
}

export interface NextDatesResult {
  next: NextDate[];
  trace: DateTrace[];
}

/**
 * The date stages of the local engine: parse and resolve each sentence's dates (chrono and briefbot's
 * parsers, year choice, weekday agreement, anchors), retarget, classify (CLASSIFY_RULES, first verdict
 * wins), status (moved / cancelled), describe (label, place, quote) and dedupe. Returns the brief's `next`
 * list, sorted by date, and a trace of every mention. `publishedAt` is the publication day, or a timestamp
 * ("2024-04-10T08:30") when its time is known: then a later time that day is upcoming.
 */
export function nextDatesWithTrace(source: DateSource, publishedAt: string): NextDatesResult {
  const stamp = readPublished(publishedAt);
  const pub = stamp && parseCalendarDate(stamp.day);
  if (!stamp || !pub) return { next: [], trace: [] };
  const published = stamp.day;
  const lexicon = source.lexicon ?? en;
  const found: OrderedItem[] = [];
  const trace: DateTrace[] = [];
  const items = new Map<OrderedItem, DateTrace>();
  let order = 0;
  let anchor: string | undefined;
  source.sentences.forEach((sentence, index) => {
    let tokens = source.tokensOf?.(index);
    const tokensNow = (): readonly SentenceTerm[] => (tokens ??= sentenceTerms(sentence.text));
    let mentions;
    try {
      mentions = resolveDateMentions(sentence.text, published, { anchor, tokens, lang: lexicon.lang });
    } catch {
      return;
    }
    anchor = [...mentions].reverse().find((m) => m.granularity === 'day')?.date ?? anchor;
    const classified: ClassifiedMention[] = [];
    // The sentence's mentions so far that may be events (one list, grown as the sentence is read).
    const earlier: ResolvedMention[] = [];
    for (const raw of mentions) {
      const mention = retarget(raw, pub, sentence.text, published);
      const context = classifyContext(mention, sentence.text, pub, lexicon, stamp.time, earlier);
      const classification = classifyMention(mention, context);
      classified.push({ raw, mention, classification });
      if (classification.verdict !== 'not-an-event') earlier.push(mention);
    }
    const ahead = (m: { date: string; granularity: string }): boolean =>
      m.granularity === 'month' ? m.date > formatDay(pub).slice(0, 7) : m.date > formatDay(pub);
    const statuses = sentenceStatuses(classified, sentence.text, lexicon, ahead);
    classified.forEach(({ mention: m, classification }, i) => {
      order++;
      const status = statuses[i];
      const step: DateTrace = { sentence: index, text: m.text, date: m.date, ...classification, kept: false };
      trace.push(step);
      if (!status) return;
      const described = describeMention(sentence.text, m.index, m.end, tokensNow());
      const item: OrderedItem = {
        date: m.date,
        time: m.time,
        timezone: m.timezone,
        ...described,
        status: status.status,
        order,
      };
      // "next month", "later this month": no month named and no part of it (an end of month is a deadline).
      if (m.granularity === 'month' && /^(?:later\s+)?(?:this|next|the\s+coming)\s+month$/i.test(m.text))
        item.relative = true;
      if (status.previous !== undefined) item.previous = status.previous;
      step.status = status.status;
      if (status.previous !== undefined) step.previous = status.previous;
      const into = mergeInto(found, item);
      step.kept = into === undefined;
      if (into) step.note = `same event as "${into.what}" (${into.date})`;
      else items.set(item, step);
    });
  });
  for (const item of coarserThanDays(found)) {
    const step = items.get(item);
    if (step) [step.kept, step.note] = [false, `a coarser mention of a day in ${item.date}`];
  }
  return { next: sortItems(found), trace };
}

/** The brief's `next` list for `sentences` (English words unless a lexicon is given). */
export function findNextDates(
  sentences: readonly Sentence[],
  published: string,
  lexicon?: Lexicon,
): NextDate[] {
  return nextDatesWithTrace(lexicon ? { sentences, lexicon } : { sentences }, published).next;
}
