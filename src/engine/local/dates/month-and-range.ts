import { formatDay, formatMonth, type CalendarDate } from './calendar-date';
import { resolveDateMentions, type ResolvedMention } from './resolve-dates';

// Resolve-stage readings of month modifiers and ranges (called from retarget).

const MODIFIER_BEFORE =
  /\b(early|late|mid|end\s+of|beginning\s+of|start\s+of|next|this\s+coming|coming)[\s-]+$/i;
const MONTH_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * "early June", "late March", "mid-April", "next April's final": a month the text places in time with a
 * modifier the parser left out. The mention takes the modifier in (so it reads as a time, not a word) and
 * stays a month; "next" puts it after publication.
 */
export function withMonthModifier(
  mention: ResolvedMention,
  sentence: string,
  published: CalendarDate,
): ResolvedMention {
  if (mention.granularity !== 'month' || !MONTH_NAME.test(mention.text)) return mention;
  const lead = MODIFIER_BEFORE.exec(sentence.slice(Math.max(0, mention.index - 20), mention.index));
  if (!lead) return mention;
  const index = mention.index - lead[0].length;
  const read = { ...mention, text: sentence.slice(index, mention.end), index };
  if (!/next|coming/i.test(lead[1]!) || mention.yearStated) return read;
  const month = Number(mention.date.slice(5, 7));
  const year = month > published.month ? published.year : published.year + 1;
  return { ...read, date: formatMonth(year, month), direction: 'future', yearStated: true };
}

const RANGE = /^(.+?)\s+(?:through|to|until|till|-|–)\s+(.+)$/i;

/**
 * "runs from March 3 through May 9", written in April: the range started already, so the date a reader
 * can still mark is its end. A range whose start is still ahead keeps its start.
 */
export function upcomingRangeEnd(
  mention: ResolvedMention,
  published: CalendarDate,
  reference: string,
): ResolvedMention {
  const range = mention.granularity === 'day' && !mention.yearStated ? RANGE.exec(mention.text) : null;
  if (!range) return mention;
  const endText = range[2]!;
  const end = resolveDateMentions(`on ${endText}`, reference)[0];
  if (!end || end.granularity !== 'day' || end.text.length < endText.length - 3) return mention;
  const pub = formatDay(published);
  let endDate = end.date;
  if (endDate <= pub) endDate = `${Number(endDate.slice(0, 4)) + 1}${endDate.slice(4)}`;
  const startInEndYear = `${endDate.slice(0, 4)}${mention.date.slice(4)}`;
  if (startInEndYear > pub || startInEndYear > endDate) return mention;
  const index = mention.index + mention.text.length - endText.length;
  return { ...end, date: endDate, text: endText, index, end: index + endText.length, direction: 'future' };
}
