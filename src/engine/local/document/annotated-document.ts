import { lexiconFor } from '../lexicon/lexicon-for';
import type { Lexicon } from '../lexicon/lexicon';
import { sentenceTerms, type SentenceTerm } from '../dates/sentence-terms';
import { tagText, type Term } from '../people/tagged-terms';
import { splitSentences, type Sentence } from '../sentences';
import { installCompromiseSpeedups } from './compromise-speed';
import { detectLanguage } from './detect-language';
import { TokenCursor } from './token-cursor';

installCompromiseSpeedups();

/** One sentence of the document, with its index. */
export interface DocSentence extends Sentence {
  index: number;
  /** A piece of a run-on sentence too long to tag: its tokens are empty, names are not searched in it. */
  runOn?: true;
}

/** Sentences longer than this are run-on text: cut into pieces and not tagged (tagging is superlinear). */
export const RUN_ON_CHARS = 2000;
const PIECE_CHARS = 800;

/** Cuts a run-on sentence into pieces of about PIECE_CHARS at clause edges (else at a space). */
function pieces(sentence: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const { text } = sentence;
  while (from < text.length) {
    let to = Math.min(text.length, from + PIECE_CHARS);
    if (to < text.length) {
      const window = text.slice(from, to);
      const edge = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
      const space = window.lastIndexOf(' ');
      to = from + (edge > PIECE_CHARS / 2 ? edge + 1 : space > 0 ? space : window.length);
    }
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') {
      const start = sentence.start + from + lead;
      out.push({ text: body, start, end: start + body.length, paragraph: sentence.paragraph });
    }
    from = to;
  }
  return out;
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
  /** Characters of run-on sentences that were read for dates only (not tagged). */
  runOnChars: number;
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
  const sentences: DocSentence[] = [];
  let runOnChars = 0;
  let tagged = text.slice(0, options.tagChars ?? text.length);
  for (const sentence of splitSentences(text, lang)) {
    if (sentence.text.length <= RUN_ON_CHARS) {
      sentences.push({ ...sentence, index: sentences.length });
      continue;
    }
    runOnChars += sentence.text.length;
    // Blank it for the tagger (same length, so every offset stays right).
    if (sentence.start < tagged.length)
      tagged =
        tagged.slice(0, sentence.start) +
        ' '.repeat(Math.min(sentence.end, tagged.length) - sentence.start) +
        tagged.slice(sentence.end);
    for (const piece of pieces(sentence)) sentences.push({ ...piece, index: sentences.length, runOn: true });
  }
  const namesText = tagged;
  const { terms, words } = tagText(namesText);
  const bySentence = new Map<number, SentenceTerm[]>();
  let w = 0;
  for (const sentence of sentences) {
    if (sentence.end > namesText.length) break;
    if (sentence.runOn) {
      bySentence.set(sentence.index, []);
      continue;
    }
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
      tokens = sentence && !sentence.runOn ? sentenceTerms(sentence.text) : [];
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
    runOnChars,
  };
}
