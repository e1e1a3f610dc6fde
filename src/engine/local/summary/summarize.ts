import { isFurniture } from '../furniture';
import type { Sentence } from '../sentences';

/** Longest `what` a brief carries. */
export const MAX_SUMMARY_CHARS = 300;

const MIN_SENTENCE_CHARS = 40;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_ONLY = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\.?$`,
  'i',
);
/** "WASHINGTON (Reuters) — ", "PARIS - ": the dateline before a wire story's first sentence. */
const DATELINE_PREFIX =
  /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*[^—–\n]{3,30}?)?\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s+/u;
const QUOTE_OPEN = /^[“"«„‘']/;

function inQuotesShare(sentence: string): number {
  let inside = 0;
  for (const match of sentence.matchAll(/[“"«„]([^”"»“]*)[”"»“]/g)) inside += match[1]!.length;
  return inside / Math.max(1, sentence.length);
}

/** True for a sentence a summary may use: real prose, not a dateline, heading, quote or furniture. */
export function isSummarySentence(text: string): boolean {
  const body = text.replace(DATELINE_PREFIX, '').trim();
  if (body.length < MIN_SENTENCE_CHARS || body.split(/\s+/).length < 7) return false;
  if (DATE_ONLY.test(body) || isFurniture(body)) return false;
  if (!/[.!…”"»)]$/.test(body)) return false; // a heading or a caption
  if (body.endsWith('?')) return false;
  if (QUOTE_OPEN.test(body) || inQuotesShare(body) > 0.6) return false;
  return true;
}

/** Cuts `text` to at most `max` characters at a word boundary, ending with "…" when cut. */
export function trimAtWord(text: string, max = MAX_SUMMARY_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '');
  return `${head}…`;
}

/** A sentence that starts in lowercase continues the previous one (a split after "?" in a title, say). */
function joinFragments(sentences: readonly Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = joined[joined.length - 1];
    if (previous && previous.paragraph === sentence.paragraph && /^\p{Ll}/u.test(sentence.text)) {
      joined[joined.length - 1] = {
        ...previous,
        text: `${previous.text} ${sentence.text}`,
        end: sentence.end,
      };
    } else {
      joined.push(sentence);
    }
  }
  return joined;
}

/**
 * The `what` of a brief: the story's lead, one or two sentences, at most 300 characters.
 * News puts what happened first, so the first real sentences are the summary; datelines,
 * headings, quotes and page furniture are skipped.
 */
export function summarize(sentences: readonly Sentence[]): string {
  const usable = joinFragments(sentences).filter((sentence) => isSummarySentence(sentence.text));
  const first = usable[0];
  if (!first) {
    const fallback = sentences.find(
      (sentence) => sentence.text.trim().length > 0 && !isFurniture(sentence.text),
    );
    return fallback ? trimAtWord(fallback.text.replace(/\s+/g, ' ').trim()) : '';
  }
  let summary = first.text.replace(DATELINE_PREFIX, '').replace(/\s+/g, ' ').trim();
  const second = usable[1];
  const secondText = second?.text.replace(/\s+/g, ' ').trim() ?? '';
  // "The tone is rising between the government and the caregivers.": a short scene-setting opener whose
  // news comes in the next sentence, too long to join; the news sentence says what happened.
  if (
    second &&
    second.paragraph === first.paragraph &&
    summary.length < 80 &&
    summary.length + secondText.length + 1 > MAX_SUMMARY_CHARS &&
    secondText.length <= MAX_SUMMARY_CHARS
  )
    return secondText;
  if (
    second &&
    second.paragraph === first.paragraph &&
    summary.length + second.text.length + 1 <= MAX_SUMMARY_CHARS &&
    summary.length < 160
  ) {
    summary = `${summary} ${second.text.replace(/\s+/g, ' ').trim()}`;
  }
  return trimAtWord(summary);
}
