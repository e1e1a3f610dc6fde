import { alternation } from '../lexicon/word-pattern';
import type { NativeLexicon } from './native-lexicon';

/** Any of `words` as a whole word (no letter or mark on either side). */
const word = (words: readonly string[]): string =>
  `(?<![\\p{L}\\p{M}])(?:${alternation(words)})(?![\\p{L}\\p{M}])`;

interface ChangePatterns {
  change: RegExp;
  speech: RegExp;
  moveTo: RegExp;
  target: RegExp;
  moveAfter: RegExp;
}

const built = new WeakMap<NativeLexicon, ChangePatterns>();

function patterns(lexicon: NativeLexicon): ChangePatterns {
  let p = built.get(lexicon);
  if (!p) {
    const { moveWords, cancelWords, moveTargets, speechVerbs } = lexicon.lexicon.dates;
    p = {
      change: new RegExp(word([...moveWords, ...cancelWords]), 'iu'),
      speech: new RegExp(word(speechVerbs), 'iu'),
      moveTo: new RegExp(`${word(moveWords)}[^.;:]{0,50}?${word(moveTargets)}\\s*$`, 'iu'),
      target: new RegExp(`${word(moveTargets)}\\s*$`, 'iu'),
      moveAfter: new RegExp(`^[^.;:,]{0,40}?${word(moveWords)}`, 'iu'),
    };
    built.set(lexicon, p);
  }
  return p;
}

/** The language's words that move or call off an event ("reporté", "abgesagt", "aplazado"). */
export const changeWords = (lexicon: NativeLexicon): RegExp => patterns(lexicon).change;

/** The language's verbs of speech ("a annoncé", "teilte", "dijo"). */
export const speechWords = (lexicon: NativeLexicon): RegExp => patterns(lexicon).speech;

/**
 * The date at [start, end) of `sentence` is where a move leads: "reporté au", "aplazado hasta el" right
 * before it, or, where the participle comes last, "auf den 3. März verschoben".
 */
export function movesTo(start: number, end: number, sentence: string, lexicon: NativeLexicon): boolean {
  const p = patterns(lexicon);
  const before = sentence.slice(Math.max(0, start - 80), start);
  if (p.moveTo.test(before)) return true;
  return (
    lexicon.lexicon.dates.moveVerbLast === true &&
    p.target.test(before) &&
    p.moveAfter.test(sentence.slice(end))
  );
}
