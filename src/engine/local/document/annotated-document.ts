import { lexiconFor } from '../lexicon/lexicon-for';
import type { Lexicon } from '../lexicon/lexicon';
import { sentenceTerms, type SentenceTerm } from '../dates/sentence-terms';
import { tagText, type Term } from '../people/tagged-terms';
import { splitSentences, type Sentence } from '../sentences';
import { detectLanguage } from './detect-language';
import { TokenCursor } from './token-cursor';

/** One sentence of the document, with its index. */
export interface DocSentence extends Sentence {
  index: number;
}

/**
 * An article read once: its language and lexicon, its sentences, and one compromise pass of tagged tokens
 * (offsets into `text`). Every stage reads this object; none tags or splits the text again, and nothing is
 * shared between stages outside it.
 */
export interface AnnotatedDocument {
  text: string;
  lang: string;
  lexicon: Lexicon;
  sentences: readonly DocSentence[];
  /** The name detectors' terms over `namesText` (possessives split off, hyphenated names joined). */
  terms: readonly Term[];
  /** The prefix of `text` that was tagged in the one pass (the tagger is the slow part). */
  namesText: string;
  /** The tagged tokens of sentence `index`, offsets relative to the sentence. */
  tokensOf(index: number): readonly SentenceTerm[];
  /** A cursor at the first token of sentence `index`. */
  cursor(index: number): TokenCursor;
}

export interface AnnotateOptions {
  /** ISO 639-1; detected from the text when not given. */
  lang?: string | undefined;
  /** Characters tagged in the one pass; sentences beyond are tagged on first use. */
  tagChars?: number;
}

/** Annotates `text` once: sentences, tokens, language. */
export function annotate(text: string, options: AnnotateOptions = {}): AnnotatedDocument {
  const lang = options.lang ?? detectLanguage(text);
  const sentences = splitSentences(text, lang).map((s, index) => ({ ...s, index }));
  const namesText = text.slice(0, options.tagChars ?? text.length);
  const { terms, words } = tagText(namesText);
  const bySentence = new Map<number, SentenceTerm[]>();
  let w = 0;
  for (const sentence of sentences) {
    if (sentence.end > namesText.length) break;
    while (w < words.length && words[w]!.end <= sentence.start) w++;
    const inside: SentenceTerm[] = [];
    for (let j = w; j < words.length && words[j]!.start < sentence.end; j++) {
      const word = words[j]!;
      if (word.start < sentence.start || word.end > sentence.end) continue;
      inside.push({ ...word, start: word.start - sentence.start, end: word.end - sentence.start });
    }
    bySentence.set(sentence.index, inside);
  }
  const tokensOf = (index: number): readonly SentenceTerm[] => {
    let tokens = bySentence.get(index);
    if (!tokens) {
      const sentence = sentences[index];
      tokens = sentence ? sentenceTerms(sentence.text) : [];
      bySentence.set(index, tokens);
    }
    return tokens;
  };
  return {
    text,
    lang,
    lexicon: lexiconFor(lang),
    sentences,
    terms,
    namesText,
    tokensOf,
    cursor: (index) => new TokenCursor(tokensOf(index)),
  };
}
