import nlp from 'compromise';

/** One word of a sentence as compromise tagged it, with its span in the sentence. */
export interface SentenceTerm {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

const CACHE_SIZE = 512;
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

/**
 * Fills the cache from words already tagged over the whole text (the engine tags it once for names):
 * each sentence gets the words inside its span, with offsets made relative to the sentence.
 */
export function primeSentenceTerms(
  sentences: ReadonlyArray<{ text: string; start: number; end: number }>,
  words: readonly SentenceTerm[],
): void {
  let i = 0;
  for (const sentence of sentences.slice(-CACHE_SIZE)) {
    while (i < words.length && words[i]!.end <= sentence.start) i++;
    const inside: SentenceTerm[] = [];
    for (let j = i; j < words.length && words[j]!.start < sentence.end; j++) {
      const w = words[j]!;
      if (w.start < sentence.start || w.end > sentence.end) continue;
      inside.push({ ...w, start: w.start - sentence.start, end: w.end - sentence.start });
    }
    if (inside.length === 0) continue;
    cache.delete(sentence.text);
    cache.set(sentence.text, inside);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
}
