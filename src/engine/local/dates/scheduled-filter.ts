import { type CalendarDate } from './calendar-date';
import type { ResolvedMention } from './resolve-dates';

// Words that make a dated clause a report of the past or a hypothesis, not a schedule.
const PAST_EVENT = /\b(?:was held|were held|took place|met on|had been|anniversary of)\b/i;

/**
 * True when a resolved date is a next date of an article published on `published`: strictly after it,
 * stated as scheduled or expected (future tense, "is due to", "ahead of"...) or at least not told in the
 * past, and precise to the day or month (a year alone is too vague to remind anyone of anything).
 * A month counts when it is later than the publication month, or the same month stated as upcoming
 * ("later this month").
 */
export function isUpcoming(mention: ResolvedMention, published: CalendarDate, sentence: string): boolean {
  if (mention.granularity === 'year' || mention.direction === 'past') return false;
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
