import nlp from 'compromise';

/** One word of a sentence as compromise tagged it, with its span in the sentence. */
export interface SentenceTerm {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/**
 * compromise's tagged words for one sentence (offsets relative to it). The engine tags the whole article
 * once (see document/annotated-document.ts); this tags a sentence alone, for `briefbot dates` and for
 * sentences beyond the part of a long article tagged in that pass.
 */
export function sentenceTerms(sentence: string): SentenceTerm[] {
  try {
    const json = nlp(sentence).json({ offset: true }) as Array<{
      terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
    }>;
    return json.flatMap((s) =>
      s.terms.map((t) => ({
        text: t.text,
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        tags: new Set(t.tags),
      })),
    );
  } catch {
    return [];
  }
}
