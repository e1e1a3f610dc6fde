import nlp from 'compromise';

/** One word of a sentence as compromise tagged it, with its span in the sentence. */
export interface SentenceTerm {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

const CACHE_SIZE = 64;
const cache = new Map<string, SentenceTerm[]>();

/**
 * compromise's tagged words for one sentence. Tagging is the slow step of the date finder (~10 ms a
 * sentence), and the direction of each date and its event label both need it, so the last sentences
 * tagged are kept (a small LRU keyed by the sentence text).
 */
export function sentenceTerms(sentence: string): SentenceTerm[] {
  const hit = cache.get(sentence);
  if (hit) {
    cache.delete(sentence);
    cache.set(sentence, hit);
    return hit;
  }
  let terms: SentenceTerm[];
  try {
    const json = nlp(sentence).json({ offset: true }) as Array<{
      terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
    }>;
    terms = json.flatMap((s) =>
      s.terms.map((t) => ({
        text: t.text,
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        tags: new Set(t.tags),
      })),
    );
  } catch {
    terms = [];
  }
  cache.set(sentence, terms);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return terms;
}
