import type { NextDate } from '../../brief';
import type { Sentence } from '../sentences';
import { parseCalendarDate } from './calendar-date';
import { eventLabel } from './event-label';
import { placeNear } from './place';
import { resolveDateMentions, type ResolvedMention } from './resolve-dates';
import { isUpcoming, retarget } from './scheduled-filter';

const MAX_QUOTE = 300;
const SHORT_SENTENCE = 200;
const WORD_CHAR = /[\p{L}\p{M}\d_]/u;
const CLAUSE_EDGE = /[;:]\s|,\s|\s[-–—]{1,2}\s/g;

/** The clause around [start, end) of a sentence, or the sentence itself when short; always a substring. */
function quoteSpan(text: string, start: number, end: number): [number, number] {
  if (text.length <= SHORT_SENTENCE) return [0, text.length];
  const edges = [...text.matchAll(CLAUSE_EDGE)].map((m) => ({ at: m.index ?? 0, len: m[0].length }));
  let left = 0;
  let right = text.length;
  for (const e of edges) {
    if (e.at + e.len <= start) left = e.at + e.len;
    else if (e.at >= end) {
      right = e.at;
      break;
    }
  }
  // Grow a clause that is too short to read on its own.
  for (const e of [...edges].reverse()) if (end - left < 60 && e.at + e.len < left) left = e.at + e.len;
  if (end - left < 60) left = 0;
  if (right - start < 40) right = edges.find((e) => e.at > right)?.at ?? text.length;
  if (right - left > MAX_QUOTE) {
    left = Math.max(left, start - 150);
    right = Math.min(right, Math.max(end + 100, left + MAX_QUOTE));
    while (left > 0 && WORD_CHAR.test(text[left - 1]!) && start - left < 200) left--;
    while (right < text.length && WORD_CHAR.test(text[right]!) && right - end < 150) right++;
  }
  return [left, right];
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
    date = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  const index = mention.index + mention.text.length - endText.length;
  return { ...resolved, date, text: endText, index, end: index + endText.length, direction: 'future' };
}

function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\d ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The brief's `next` list: the dates of the article's sentences that fall strictly after `published` and
 * are stated as scheduled or expected, each with its event label, place, time and the verbatim clause it
 * came from. The same date named twice for the same event is kept once; the list is sorted by date.
 */
export function findNextDates(sentences: Sentence[], published: string): NextDate[] {
  const pub = parseCalendarDate(published);
  if (!pub) return [];
  const found: Array<NextDate & { order: number }> = [];
  let order = 0;
  let anchor: string | undefined;
  for (const sentence of sentences) {
    let mentions;
    try {
      mentions = resolveDateMentions(sentence.text, published, { anchor });
    } catch {
      continue;
    }
    anchor = [...mentions].reverse().find((m) => m.granularity === 'day')?.date ?? anchor;
    for (const raw of mentions) {
      const m = retarget(movedRangeEnd(raw, sentence.text, published), pub, sentence.text);
      order++;
      if (!isUpcoming(m, pub, sentence.text)) continue;
      const [qs, qe] = quoteSpan(sentence.text, m.index, m.end);
      const what = eventLabel(sentence.text, m.index, m.end);
      const item = {
        date: m.date,
        time: m.time,
        timezone: m.timezone,
        what,
        where: placeNear(sentence.text, m.index, m.end),
        quote: sentence.text.slice(qs, qe).trim(),
        order,
      };
      const key = labelKey(what);
      const same = found.find(
        (f) =>
          f.date === item.date &&
          (labelKey(f.what).includes(key) || key.includes(labelKey(f.what)) || f.quote === item.quote),
      );
      if (same) {
        // Keep the more specific label and fill in what the first mention lacked.
        if (labelKey(same.what).length < key.length && key.includes(labelKey(same.what)))
          same.what = item.what;
        same.where ??= item.where;
        if (same.time === null && item.time !== null) {
          same.time = item.time;
          same.timezone = item.timezone;
        }
        continue;
      }
      found.push(item);
    }
  }
  found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return found.map(({ order: _order, ...rest }) => rest);
}
