import type { NextDate } from '../../brief';
import type { NativeLexicon } from './native-lexicon';

const SHORT_SENTENCE = 200;
const MAX_QUOTE = 300;
const CLAUSE_EDGE = /[;:]\s|,\s|\s[-–—]\s|[«»“”"]/gu;
const MAX_LABEL_WORDS = 9;

/** The clause around [start, end) of a sentence, or the sentence itself when short; always a substring. */
function quoteSpan(text: string, start: number, end: number): [number, number] {
  if (text.length <= SHORT_SENTENCE) return [0, text.length];
  let left = 0;
  let right = text.length;
  for (const m of text.matchAll(CLAUSE_EDGE)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= start) left = at + m[0].length;
    else if (at >= end) {
      right = at;
      break;
    }
  }
  if (end - left < 50) left = Math.max(0, start - 80);
  if (right - start < 40) right = Math.min(text.length, end + 80);
  if (right - left > MAX_QUOTE) [left, right] = [Math.max(left, start - 150), Math.min(right, end + 140)];
  while (left > 0 && /\p{L}/u.test(text[left - 1]!)) left--;
  while (right < text.length && /\p{L}/u.test(text[right]!)) right++;
  return [left, right];
}

/** "in Berlin", "à Genève", "en Sevilla": a capitalised place right after a locative preposition. */
function placeIn(clause: string, lexicon: NativeLexicon): string | null {
  const m = /(?<!\p{L})(?:in|à|en|au)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(clause);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (lexicon.months[first] !== undefined || lexicon.weekdays[first] !== undefined) return null;
  if (lexicon.orgHeads.has(first) || lexicon.notNames.has(first)) return null;
  return m[1]!;
}

/** Words left dangling in front of a removed date ("am", "le", "el próximo", "für den"). */
const DATE_LEAD =
  /(?:\s(?:am|im|um|vom|zum|für\s+den|für|den|der|le|la|du|au|à\s+la|à|dès|el|del|al|la|a|en|para\s+el|para\s+la|para))+\s*$/iu;

/** A short label of the event: the clause that holds the date, without the date, cut to a few words. */
function label(quote: string, dateText: string): string {
  const at = quote.indexOf(dateText);
  let clause = quote;
  if (at >= 0) {
    const edges = [...quote.matchAll(/,\s|;\s|:\s|\s[-–—]\s/gu)].map((m) => (m.index ?? 0) + m[0].length);
    const start = Math.max(0, ...edges.filter((e) => e <= at));
    const end = Math.min(quote.length, ...edges.filter((e) => e > at + dateText.length).map((e) => e - 2));
    const before = ` ${quote.slice(start, at)}`.replace(DATE_LEAD, '');
    clause = `${before} ${quote.slice(at + dateText.length, end)}`;
    if (clause.trim().split(/\s+/u).length < 3) clause = quote.replace(dateText, ' ');
  }
  const rest = clause
    .replace(/[«»“”"()]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–—]+|[\s,;:.\-–—]+$/gu, '');
  const cut = rest.split(' ').filter(Boolean).slice(0, MAX_LABEL_WORDS).join(' ');
  const text = cut === '' ? dateText : cut;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A next date of a native-language sentence, with its label, place and verbatim quote. */
export function describeNative(
  sentence: string,
  m: { text: string; start: number; end: number; date: string; time: string | null },
  lexicon: NativeLexicon,
): NextDate {
  const [qs, qe] = quoteSpan(sentence, m.start, m.end);
  const quote = sentence.slice(qs, qe).trim();
  return {
    date: m.date,
    time: m.time,
    timezone: null,
    what: label(quote, m.text),
    where: placeIn(quote, lexicon),
    quote,
  };
}
