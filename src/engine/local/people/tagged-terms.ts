import nlp from 'compromise';
import { COMPOUND_TAILS, NAME_PARTICLES } from './name-lexicon';

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

const CAPITALISED_PART = /^\p{Lu}[\p{L}\p{M}'’]*$/u;

/** "Russia-NATO", "US-China": a place or an acronym joined to another is a pair, not a name. */
const isPlaceOrAcronym = (term: RawTerm): boolean =>
  /^\p{Lu}+$/u.test(term.text) ||
  ['Place', 'Country', 'City', 'Region', 'Demonym', 'Acronym'].some((tag) => term.tags.includes(tag));

/** "Lin Wei-min", "Moon Jae-in": a short lowercase syllable after a capitalised name part, not "Kremlin-backed". */
const isNameSyllable = (last: RawTerm, term: RawTerm): boolean =>
  /^\p{Ll}{1,4}$/u.test(term.text) &&
  term.post !== '-' &&
  !COMPOUND_TAILS.has(term.text) &&
  !NAME_PARTICLES.has(term.text) &&
  last.tags.includes('ProperNoun') &&
  !last.tags.includes('Adjective') &&
  (last.tags.includes('Person') || last.tags.includes('FirstName') || last.tags.includes('LastName'));

/** "al-Assad", "el-Sisi", "bin-Laden": a lowercase particle joined by a hyphen to a capitalised name. */
const isParticleName = (last: RawTerm, term: RawTerm): boolean =>
  NAME_PARTICLES.has(last.text) && CAPITALISED_PART.test(term.text) && !isPlaceOrAcronym(term);

/** "al-Assad", "Karim al-Nasser": a name word that starts with a lowercase particle and a hyphen. */
export const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|at|az|ash|bin|ibn|ben|abu|bou|da|de|di|du|ul|ud)-\p{Lu}/u;

/**
 * compromise splits "Wanjiru-Otieno", "Mei-Ling", "Anne-Sophie", "al-Assad" and "Wei-min" at the hyphen; a
 * name written with a hyphen between its parts is one word. The joined word keeps the first part's tags (a
 * first name stays a first name) plus the person tags of the others.
 */
function joinHyphenatedNames(raw: readonly RawTerm[]): RawTerm[] {
  const out: RawTerm[] = [];
  for (const term of raw) {
    const last = out[out.length - 1];
    const adjacent =
      last?.offset !== undefined &&
      term.offset !== undefined &&
      last.post === '-' &&
      term.pre === '' &&
      last.offset.start + last.offset.length + 1 === term.offset.start;
    const capitalisedPair =
      adjacent &&
      CAPITALISED_PART.test(last.text) &&
      CAPITALISED_PART.test(term.text) &&
      !isPlaceOrAcronym(last) &&
      !isPlaceOrAcronym(term);
    if (adjacent && (capitalisedPair || isNameSyllable(last, term) || isParticleName(last, term))) {
      // "al-Assad" takes the tags of its name part; "Wei-min" and "Anne-Sophie" those of the first part.
      const particle = isParticleName(last, term);
      const personTags = term.tags.filter((tag) => tag === 'Person' || tag === 'LastName');
      const kept = (particle ? term.tags : last.tags).filter((tag) => tag !== 'Hyphenated');
      out[out.length - 1] = {
        text: `${last.text}-${term.text}`,
        pre: last.pre,
        post: term.post,
        tags: [...new Set([...kept, ...personTags])],
        offset: { start: last.offset!.start, length: last.offset!.length + 1 + term.offset!.length },
      };
    } else out.push(term);
  }
  return out;
}

/** A word exactly as compromise tagged it, with its span in the text (before any joining). */
export interface TaggedWord {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/** Tags every word of `text` with compromise (people, places, organizations, parts of speech). */
export function tagTerms(text: string): Term[] {
  return tagText(text).terms;
}

/**
 * One compromise pass over `text`: the name detectors' terms, and the plain tagged words that the date
 * finder reuses instead of tagging each dated sentence again (the tagger is the engine's slow part).
 */
export function tagText(text: string): { terms: Term[]; words: TaggedWord[] } {
  const sentences = nlp(text).json({ offset: true }) as Array<{ terms: RawTerm[] }>;
  const words: TaggedWord[] = sentences.flatMap((sentence) =>
    sentence.terms.flatMap((raw) =>
      raw.offset
        ? [
            {
              text: raw.text,
              start: raw.offset.start,
              end: raw.offset.start + raw.offset.length,
              tags: new Set(raw.tags),
            },
          ]
        : [],
    ),
  );
  const terms: Term[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    for (const raw of joinHyphenatedNames(sentence.terms)) {
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
  return { terms, words };
}

const GAZETTEER = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const PLACE_ENTRIES = new Set(['Country', 'City', 'Region', 'Place', 'Demonym']);

/**
 * "Norway", "Tampere", "Belgian": a word compromise's own word list names a place or a nationality, even
 * where the tagger calls it an organization in one sentence (a look-up, not another pass).
 */
export function isListedPlace(lower: string): boolean {
  const entry = GAZETTEER[lower];
  return (Array.isArray(entry) ? entry : [entry]).some((tag) => tag !== undefined && PLACE_ENTRIES.has(tag));
}

/** True for a word written with a capital first letter ("Putin", "NATO"), not "iPhone". */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A capitalised word, or a name that starts with a particle and a hyphen ("al-Assad"). */
const isNameWord = (word: string): boolean => isCapitalised(word) || PARTICLE_NAME.test(word);

/** True when nothing but spaces separates `a` from the next word (no comma, period, quote or dash). */
export function joinedBySpace(a: Term): boolean {
  if (a.possessive) return false;
  if (/^[ \t\u00a0]+$/.test(a.post)) return true;
  // An initial keeps its period: "J.K. Rowling", "George W. Bush".
  return isInitial(a.text) && /^\.?[ \t\u00a0]+$/.test(a.post);
}

/** "J.", "J.K." or "W": a name written as initials. */
export function isInitial(word: string): boolean {
  return /^(?:\p{Lu}\.)*\p{Lu}\.?$/u.test(word);
}

/**
 * Runs of capitalised words written one after another ("US President Joe Biden"),
 * allowing name particles inside ("Charles de Gaulle"). Each run is a list of term indexes.
 */
export function capitalisedRuns(terms: readonly Term[], particles: ReadonlySet<string>): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  const flush = (): void => {
    while (current.length > 0 && !isNameWord(terms[current[current.length - 1]!]!.text)) current.pop();
    if (current.length > 0) runs.push(current);
    current = [];
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const previous = current.length > 0 ? terms[current[current.length - 1]!] : undefined;
    const continues = previous !== undefined && joinedBySpace(previous) && term.pre.trim() === '';
    const fits =
      isCapitalised(term.text) || (continues && (particles.has(term.lower) || PARTICLE_NAME.test(term.text)));
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
