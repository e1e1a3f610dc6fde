import type { SentenceTerm } from './sentence-terms';
import { eventLabel } from './event-label';
import { placeNear } from './place';

const MAX_QUOTE = 300;
const SHORT_SENTENCE = 200;
const WORD_CHAR = /[\p{L}\p{M}\d_]/u;
const CLAUSE_EDGE = /[;:]\s|,\s|\s[-–—]{1,2}\s/g;
/** Characters around a mention that its quote, label and place are read from, in a very long sentence. */
const WINDOW = 400;
/** Sentences up to this length are read whole. */
const WHOLE = 2000;

/** The span of `text` read for the mention at [start, end). */
const windowOf = (text: string, start: number, end: number): [number, number] =>
  text.length <= WHOLE
    ? [0, text.length]
    : [Math.max(0, start - WINDOW), Math.min(text.length, end + WINDOW)];

/** The clause around [start, end) of a sentence, or the sentence itself when short; always a substring. */
export function quoteSpan(text: string, start: number, end: number): [number, number] {
  if (text.length <= SHORT_SENTENCE) return [0, text.length];
  const [from, to] = windowOf(text, start, end);
  const edges = [...text.slice(from, to).matchAll(CLAUSE_EDGE)].map((m) => ({
    at: from + (m.index ?? 0),
    len: m[0].length,
  }));
  let left = from;
  let right = to;
  for (const e of edges) {
    if (e.at + e.len <= start) left = e.at + e.len;
    else if (e.at >= end) {
      right = e.at;
      break;
    }
  }
  // Grow a clause that is too short to read on its own.
  for (const e of [...edges].reverse()) if (end - left < 60 && e.at + e.len < left) left = e.at + e.len;
  if (end - left < 60) left = from;
  if (right - start < 40) right = edges.find((e) => e.at > right)?.at ?? to;
  if (right - left > MAX_QUOTE) {
    left = Math.max(left, start - 150);
    right = Math.min(right, Math.max(end + 100, left + MAX_QUOTE));
    while (left > 0 && WORD_CHAR.test(text[left - 1]!) && start - left < 200) left--;
    while (right < text.length && WORD_CHAR.test(text[right]!) && right - end < 150) right++;
  }
  return [left, right];
}

/** The tokens inside [from, to), found by binary search (tokens are in text order). */
function tokensWithin(tokens: readonly SentenceTerm[], from: number, to: number): SentenceTerm[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: SentenceTerm[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.end <= to; i++) out.push(tokens[i]!);
  return out;
}

/** What the describe stage adds to a kept mention: its label, place and verbatim quote. */
export interface Description {
  what: string;
  where: string | null;
  quote: string;
}

/**
 * Describes the mention at [start, end) of `sentence`. Only a window of the sentence around the mention
 * is read, so a run-on sentence full of dates costs time in proportion to its length, not its square.
 */
export function describeMention(
  sentence: string,
  start: number,
  end: number,
  tokens: readonly SentenceTerm[],
): Description {
  const [qs, qe] = quoteSpan(sentence, start, end);
  const [from, to] = windowOf(sentence, start, end);
  const window = sentence.slice(from, to);
  const windowTokens =
    from === 0 && to === sentence.length
      ? tokens
      : tokensWithin(tokens, from, to).map((t) => ({ ...t, start: t.start - from, end: t.end - from }));
  return {
    what: eventLabel(window, start - from, end - from, windowTokens),
    where: placeNear(window, start - from, end - from),
    quote: sentence.slice(qs, qe).trim(),
  };
}
