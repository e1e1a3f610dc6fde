import nlp from 'compromise';

/** One word of the text as compromise tagged it, with its character span in the text. */
export interface Term {
  /** The word as written, without a possessive ending ("Biden's" → "Biden"). */
  text: string;
  /** Lowercase form of `text`. */
  lower: string;
  start: number;
  end: number;
  /** Punctuation and spaces after the word (as compromise saw them). */
  post: string;
  pre: string;
  tags: ReadonlySet<string>;
  possessive: boolean;
  /** Index of the compromise sentence the word belongs to. */
  sentence: number;
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset?: { start: number; length: number };
}

const POSSESSIVE = /['’]s?$/u;

/** Tags every word of `text` with compromise (people, places, organizations, parts of speech). */
export function tagTerms(text: string): Term[] {
  const sentences = nlp(text).json({ offset: true }) as Array<{ terms: RawTerm[] }>;
  const terms: Term[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    for (const raw of sentence.terms) {
      if (!raw.offset || raw.text === '') continue;
      const tags = new Set(raw.tags);
      // A quote glued to the next word ("us”Kremlin") hides the word: keep the part after the quote.
      const glued = /^(.*[”“"«»])(\p{L}.*)$/u.exec(raw.text);
      const skip = glued ? glued[1]!.length : 0;
      const written = raw.text.slice(skip);
      const possessive = tags.has('Possessive') && POSSESSIVE.test(written);
      const word = possessive ? written.replace(POSSESSIVE, '') : written;
      if (word === '') continue;
      terms.push({
        text: word,
        lower: word.toLowerCase(),
        start: raw.offset.start + skip,
        end: raw.offset.start + skip + word.length,
        post: raw.post,
        pre: skip > 0 ? '' : raw.pre,
        tags,
        possessive,
        sentence: sentenceIndex,
      });
    }
  });
  return terms;
}

/** True for a word written with a capital first letter ("Putin", "NATO"), not "iPhone". */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True when nothing but spaces separates `a` from the next word (no comma, period, quote or dash). */
export function joinedBySpace(a: Term): boolean {
  return !a.possessive && /^[ \t\u00a0]+$/.test(a.post);
}

/**
 * Runs of capitalised words written one after another ("US President Joe Biden"),
 * allowing name particles inside ("Charles de Gaulle"). Each run is a list of term indexes.
 */
export function capitalisedRuns(terms: readonly Term[], particles: ReadonlySet<string>): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  const flush = (): void => {
    while (current.length > 0 && !isCapitalised(terms[current[current.length - 1]!]!.text)) current.pop();
    if (current.length > 0) runs.push(current);
    current = [];
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const previous = current.length > 0 ? terms[current[current.length - 1]!] : undefined;
    const continues = previous !== undefined && joinedBySpace(previous) && term.pre.trim() === '';
    const fits = isCapitalised(term.text) || (continues && particles.has(term.lower));
    if (fits && (current.length === 0 || continues)) {
      current.push(i);
    } else {
      flush();
      if (isCapitalised(term.text)) current.push(i);
    }
  }
  flush();
  return runs;
}
