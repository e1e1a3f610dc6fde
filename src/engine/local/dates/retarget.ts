import { addDays, formatDay, formatMonth, parseCalendarDate, type CalendarDate } from './calendar-date';
import { upcomingRangeEnd, withMonthModifier } from './month-and-range';
import { resolveDateMentions, type ResolvedMention } from './resolve-dates';

// The last step of the resolve stage: where the sentence overrules the resolver's reading of a mention.

const MOVED =
  /\b(?:postponed|delayed|cancell?ed|called\s+off|scrapped|moved|pushed\s+back|put\s+off|rescheduled)\b/i;
// A future or scheduled verb in the clause before a bare weekday: "teams would begin ... on Thursday".
const FUTURE_CLAUSE =
  /\b(?:will|would|shall|is\s+to|are\s+to|to\s+be|due\s+to|set\s+to|scheduled|plans?\s+to|expected\s+to|going\s+to)\b[^,;]*$/i;
const BARE_WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
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
 * The first occurrence after `published` of a day resolved on or before it: a weekday comes back within
 * a week ("moved from Monday to Thursday"), a month-day within a year.
 */
function aheadOf(mention: ResolvedMention, published: string): string {
  const day = parseCalendarDate(mention.date)!;
  if (BARE_WEEKDAY.test(mention.text.trim())) {
    let next = day;
    while (formatDay(next) <= published) next = addDays(next, 7);
    return formatDay(next);
  }
  return formatDay({ ...day, year: day.year + 1 });
}

const MOVED_FROM =
  /\b(?:postponed|delayed|moved|pushed\s+back|put\s+off|rescheduled|brought\s+forward)\b[^.;]*\bfrom\s+$/i;

/**
 * "postponed ... from 30 December to 8 January": the resolver reads a range and keeps its start, but a
 * move's date is its end, the new date, resolved forward from `published`.
 */
function movedRangeEnd(mention: ResolvedMention, sentence: string, published: string): ResolvedMention {
  const range = /^(.+?)\s+(?:to|until|till)\s+(.+)$/i.exec(mention.text);
  if (!range || !MOVED_FROM.test(sentence.slice(0, mention.index))) return mention;
  const endText = range[2]!;
  const resolved = resolveDateMentions(`on ${endText}`, published)[0];
  if (!resolved || resolved.text.length < endText.length - 3) return mention;
  let date = resolved.date;
  if (!resolved.yearStated && resolved.granularity === 'day' && date <= published)
    date = aheadOf(resolved, published);
  const index = mention.index + mention.text.length - endText.length;
  return { ...resolved, date, text: endText, index, end: index + endText.length, direction: 'future' };
}

/**
 * The mention as a calendar should read it, where the resolver's tense is overruled by the sentence:
 * the new date of a move ("postponed ... to March 27") and a bare weekday after a future verb ("would
 * begin ... on Thursday") lie ahead; a quarter is a month ("end of the first quarter of 2011" → 2011-03).
 */
function retargetOne(mention: ResolvedMention, published: CalendarDate, sentence: string): ResolvedMention {
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
  if (!mention.yearStated && /\b(?:to|until|till)\s+$/i.test(lead) && MOVED.test(lead))
    return { ...mention, date: aheadOf(mention, formatDay(published)), direction: 'future' };
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

/** A mention as the resolve stage leaves it: moves read to their new date, weekdays and quarters fixed. */
export function retarget(
  mention: ResolvedMention,
  published: CalendarDate,
  sentence: string,
  reference: string,
): ResolvedMention {
  const moved = movedRangeEnd(mention, sentence, reference);
  const read =
    moved === mention
      ? upcomingRangeEnd(withMonthModifier(mention, sentence, published), published, reference)
      : moved;
  return retargetOne(read, published, sentence);
}
