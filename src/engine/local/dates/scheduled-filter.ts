import { addDays, formatDay, formatMonth, parseCalendarDate, type CalendarDate } from './calendar-date';
import type { ResolvedMention } from './resolve-dates';

// Words that make a dated clause a report of the past or a hypothesis, not a schedule.
const PAST_EVENT = /\b(?:was held|were held|took place|met on|had been|anniversary of)\b/i;
// A plan that no longer stands: "which had been scheduled for May 4", "originally planned for March",
// "was due to lift off on Sunday" (the new date, if any, is stated elsewhere).
const SUPERSEDED_BEFORE =
  /\b(?:had\s+been\s+(?:originally\s+|initially\s+|previously\s+|first\s+)?(?:scheduled|planned|slated|set|due|expected|supposed|meant)|(?:was|were)\s+(?:originally\s+|initially\s+)?(?:due|supposed|meant)\s+to|(?:originally|initially|previously|first)\s+(?:scheduled|planned|slated|set|due|expected))\b[^.;:,]{0,40}$|\b(?:once|already)\s+before,?\s+(?:to|until|for)\s+$/i;
// "was scheduled for May 4" is a plan that stood until the sentence says it moved.
const PLAN_BEFORE = /\b(?:was|were)\s+(?:scheduled|planned|slated|set)\s+(?:for|on|to)\b[^.;:,]{0,20}$/i;
// "a dance evening planned for July 20 has been postponed": the plan's date, when a move follows it.
const BARE_PLAN_BEFORE = /\b(?:scheduled|planned|slated|set|due)\s+(?:for|on|to)\s+(?:the\s+)?$/i;
// "will now open on July 29 instead of July 25": the date given up; "stay hot into next week": an extent.
const NOT_THE_DATE_BEFORE = /\b(?:instead\s+of|rather\s+than|in\s+place\s+of|into)\s+(?:the\s+|on\s+)?$/i;
// "ahead of Sunday's runoff", "Saturday's final will be played": what makes a possessive weekday a coming one.
const POSSESSIVE_AHEAD_BEFORE =
  /\b(?:ahead\s+of|before|for|until|in\s+the\s+run-up\s+to|preparing\s+for|prepare\s+for|at|in|on|to)\s+(?:the\s+)?$/i;
const POSSESSIVE_AHEAD_AFTER =
  /^['’]s\s+(?:[\w-]+\s+){1,4}?(?:will|shall|is\s+(?:due|set|expected|scheduled|to)|are\s+(?:due|set|expected|scheduled|to))\b/i;
const MOVED =
  /\b(?:postponed|delayed|cancell?ed|called\s+off|scrapped|moved|pushed\s+back|put\s+off|rescheduled)\b/i;
// A rule that repeats, not one event: "by November 1 each year", "every Monday".
// "..., a week before the election" is a distance, not a repetition.
const RECURRING_AFTER =
  /^[\s,]*(?:each|every|a|per)\s+(?:year|month|week|day)\b(?![\s,]+(?:before|after|later|earlier|ago|from|ahead)\b)|^[\s,]*annually\b/i;
const RECURRING_BEFORE = /\b(?:every|each)\s+$/i;

// "the rainy season normally lasts until April": a habit, not a schedule.
const HABITUAL_BEFORE = /\b(?:normally|usually|typically|generally|traditionally|customarily)\b[^.;]{0,40}$/i;
// A future or scheduled verb in the clause before a bare weekday: "teams would begin ... on Thursday".
const FUTURE_CLAUSE =
  /\b(?:will|would|shall|is\s+to|are\s+to|to\s+be|due\s+to|set\s+to|scheduled|plans?\s+to|expected\s+to|going\s+to)\b[^,;]*$/i;
const BARE_WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const WEEKDAY_WITH_DATE =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?\s+(?:\d{1,2}|(?:january|february|march|april|may|june|july|august|september|october|november|december))/i;
// "the Christmas No. 1", "a Christmas single": a holiday name as a word, with no preposition making it a time.
const SINGLE_WORD = /^\p{L}+$/u;
const TIME_PREPOSITION_BEFORE =
  /\b(?:on|at|by|before|after|until|till|over|for|since|from|during|in|of|around|ahead\s+of|through)\s+(?:the\s+)?$/i;
const QUARTER =
  /\b(?:(end|close|start|beginning|middle)\s+of\s+the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|trimester)\b/i;
const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/**
 * The mention as a calendar should read it, where the resolver's tense is overruled by the sentence:
 * the new date of a move ("postponed ... to March 27") and a bare weekday after a future verb ("would
 * begin ... on Thursday") lie ahead; a quarter is a month ("end of the first quarter of 2011" → 2011-03).
 */
export function retarget(
  mention: ResolvedMention,
  published: CalendarDate,
  sentence: string,
): ResolvedMention {
  const quarter = QUARTER.exec(mention.text);
  if (quarter && mention.yearStated) {
    const q = ORDINAL[quarter[2]!.toLowerCase()]!;
    const month = quarter[1] && /end|close/i.test(quarter[1]) ? q * 3 : q * 3 - 2;
    return { ...mention, date: formatMonth(Number(mention.date.slice(0, 4)), month), granularity: 'month' };
  }
  const day = parseCalendarDate(mention.date);
  if (!day || mention.granularity !== 'day' || mention.date > formatDay(published)) return mention;
  const before = mention.date < formatDay(published);
  const lead = sentence.slice(0, mention.index);
  if (!mention.yearStated && /\b(?:to|until|till)\s+$/i.test(lead) && MOVED.test(lead)) {
    const next = formatDay({ ...day, year: day.year + 1 });
    return { ...mention, date: next, direction: 'future' };
  }
  if (
    before &&
    BARE_WEEKDAY.test(mention.text.trim()) &&
    mention.direction !== 'past' &&
    FUTURE_CLAUSE.test(lead)
  ) {
    const ahead = addDays(day, 7);
    if (formatDay(ahead) > formatDay(published))
      return { ...mention, date: formatDay(ahead), direction: 'future' };
  }
  return mention;
}

/** A date the text pins down so that it can only be ahead: "Tuesday, October 17", "next Monday 9 of September". */
const pinnedAhead = (mention: ResolvedMention): boolean =>
  mention.yearStated || /^next\b/i.test(mention.text) || WEEKDAY_WITH_DATE.test(mention.text);

/**
 * True when a resolved date is a next date of an article published on `published`: strictly after it,
 * stated as scheduled or expected (future tense, "is due to", "ahead of"...) or at least not told in the
 * past, and precise to the day or month (a year alone is too vague to remind anyone of anything).
 * A month counts when it is later than the publication month, or the same month stated as upcoming
 * ("later this month").
 */
export function isUpcoming(mention: ResolvedMention, published: CalendarDate, sentence: string): boolean {
  if (mention.granularity === 'year') return false;
  // The tense points back, yet the text fixes a day ahead ("announced a strike for Tuesday, October 17").
  if (mention.direction === 'past' && !pinnedAhead(mention)) return false;
  const lead = sentence.slice(Math.max(0, mention.index - 80), mention.index);
  if (SUPERSEDED_BEFORE.test(lead) || RECURRING_BEFORE.test(lead) || HABITUAL_BEFORE.test(lead)) return false;
  // "Sunday's presidential runoff" names a day by its event; without a future verb it is the one just gone.
  if (
    BARE_WEEKDAY.test(mention.text) &&
    /^['’]s\b/.test(sentence.slice(mention.end)) &&
    (mention.direction !== 'future' ||
      !(POSSESSIVE_AHEAD_BEFORE.test(lead) || POSSESSIVE_AHEAD_AFTER.test(sentence.slice(mention.end))))
  )
    return false;
  if (
    SINGLE_WORD.test(mention.text) &&
    !BARE_WEEKDAY.test(mention.text) &&
    !/^(?:today|tomorrow|tonight)$/i.test(mention.text) &&
    !TIME_PREPOSITION_BEFORE.test(lead)
  )
    return false;
  if (PLAN_BEFORE.test(lead) && MOVED.test(sentence)) return false;
  if (NOT_THE_DATE_BEFORE.test(lead)) return false;
  const clauseAfter = sentence.slice(mention.end).split(/[;.]\s|,\s+(?:and|but|while)\s/)[0] ?? '';
  if (BARE_PLAN_BEFORE.test(lead) && MOVED.test(clauseAfter)) return false;
  if (RECURRING_AFTER.test(sentence.slice(mention.end, mention.end + 20))) return false;
  const year = Number(mention.date.slice(0, 4));
  const month = Number(mention.date.slice(5, 7));
  const pubKey = published.year * 12 + published.month;
  const key = year * 12 + month;
  if (mention.granularity === 'month') {
    if (key < pubKey || (key === pubKey && mention.direction !== 'future')) return false;
  } else {
    const day = Number(mention.date.slice(8, 10));
    if (key * 32 + day <= pubKey * 32 + published.day) return false;
  }
  if (mention.direction === 'unknown') {
    // Without a future verb, keep only explicit dates within the year ahead ("goes live on July 1").
    if (key - pubKey > 12) return false;
    const around = sentence.slice(Math.max(0, mention.index - 60), mention.end + 30);
    if (PAST_EVENT.test(around)) return false;
  }
  return true;
}
