import { type CalendarDate } from './calendar-date';
import type { ResolvedMention } from './resolve-dates';

// Words that make a dated clause a report of the past or a hypothesis, not a schedule.
const PAST_EVENT = /\b(?:was held|were held|took place|met on|had been|anniversary of)\b/i;
// A plan that no longer stands: "which had been scheduled for May 4", "originally planned for March",
// "was due to lift off on Sunday" (the new date, if any, is stated elsewhere).
const SUPERSEDED_BEFORE =
  /\b(?:had\s+been\s+(?:originally\s+|initially\s+|previously\s+|first\s+)?(?:scheduled|planned|slated|set|due|expected|supposed|meant)|(?:was|were)\s+(?:originally\s+|initially\s+)?(?:due|supposed|meant)\s+to|(?:originally|initially|previously|first)\s+(?:scheduled|planned|slated|set|due|expected))\b[^.;:,]{0,40}$|\b(?:once|already)\s+before,?\s+(?:to|until|for)\s+$/i;
// "was scheduled for May 4" is a plan that stood until the sentence says it moved.
const PLAN_BEFORE = /\b(?:was|were)\s+(?:scheduled|planned|slated|set)\s+(?:for|on|to)\b[^.;:,]{0,20}$/i;
const MOVED =
  /\b(?:postponed|delayed|cancell?ed|called\s+off|scrapped|moved|pushed\s+back|put\s+off|rescheduled)\b/i;
// A rule that repeats, not one event: "by November 1 each year", "every Monday".
const RECURRING_AFTER = /^[\s,]*(?:each|every|a|per)\s+(?:year|month|week|day)\b|^[\s,]*annually\b/i;
const RECURRING_BEFORE = /\b(?:every|each)\s+$/i;

/**
 * True when a resolved date is a next date of an article published on `published`: strictly after it,
 * stated as scheduled or expected (future tense, "is due to", "ahead of"...) or at least not told in the
 * past, and precise to the day or month (a year alone is too vague to remind anyone of anything).
 * A month counts when it is later than the publication month, or the same month stated as upcoming
 * ("later this month").
 */
export function isUpcoming(mention: ResolvedMention, published: CalendarDate, sentence: string): boolean {
  if (mention.granularity === 'year' || mention.direction === 'past') return false;
  const lead = sentence.slice(Math.max(0, mention.index - 80), mention.index);
  if (SUPERSEDED_BEFORE.test(lead) || RECURRING_BEFORE.test(lead)) return false;
  if (PLAN_BEFORE.test(lead) && MOVED.test(sentence)) return false;
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
