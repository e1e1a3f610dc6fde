import { alternation } from '../lexicon/word-pattern';
import type { Lexicon } from '../lexicon/lexicon';
import type { Classification } from './classify/rule';
import type { ResolvedMention } from './resolve-dates';

/** What the text says became of a dated event. */
export type EventStatus = 'scheduled' | 'moved' | 'cancelled';

export interface StatusReading {
  status: EventStatus;
  /** The date the event had before it moved, when the text gives it. */
  previous?: string;
}

/** A mention of one sentence after classify: as resolved, as retargeted, and its verdict. */
export interface ClassifiedMention {
  raw: ResolvedMention;
  mention: ResolvedMention;
  classification: Classification;
}

const SUPERSEDING_RULES = new Set(['superseded-plan', 'given-up-date']);

/** Letters, marks and digits on neither side: `\b` for words with accents ("annulé", "aplazó"). */
const wordIn = (words: readonly string[]): string =>
  `(?<![\\p{L}\\p{M}\\d])(?:${alternation(words)})(?![\\p{L}\\p{M}\\d])`;

/** The clause of `sentence` around [start, end): from the last clause edge before to the next after. */
function clauseAround(sentence: string, start: number, end: number, edges: RegExp): string {
  let left = 0;
  let right = sentence.length;
  const from = Math.max(0, start - 200);
  for (const m of sentence.slice(from, Math.min(sentence.length, end + 200)).matchAll(edges)) {
    const at = from + (m.index ?? 0);
    if (at + m[0].length <= start) left = at + m[0].length;
    else if (at >= end) {
      right = at;
      break;
    }
  }
  return sentence.slice(Math.max(left, start - 200), Math.min(right, end + 200));
}

interface StatusPatterns {
  moveTo: RegExp;
  targetLead: RegExp | undefined;
  moveAfter: RegExp;
  cancel: RegExp;
  move: RegExp;
  edges: RegExp;
}

const built = new WeakMap<Lexicon, StatusPatterns>();

/** The status patterns of `lexicon`, built once (the lexicon is immutable; `edges` is only used by matchAll). */
function statusPatterns(lexicon: Lexicon): StatusPatterns {
  const hit = built.get(lexicon);
  if (hit) return hit;
  const w = lexicon.dates;
  const moveTo = new RegExp(
    `${wordIn(w.moveWords)}[^.;:]{0,50}?${wordIn(w.moveTargets)}\\s+(?:the\\s+|on\\s+)?$`,
    'iu',
  );
  // "auf den 3. März verschoben": where the participle comes last, the move word follows the new date.
  const targetLead = w.moveVerbLast ? new RegExp(`${wordIn(w.moveTargets)}\\s+$`, 'iu') : undefined;
  const moveAfter = new RegExp(`^[^.;:,]{0,40}?${wordIn(w.moveWords)}`, 'iu');
  const cancel = new RegExp(wordIn(w.cancelWords), 'iu');
  const move = new RegExp(wordIn(w.moveWords), 'iu');
  const edges = new RegExp(`[;:]\\s|,\\s+(?:${alternation(w.clauseJoiners)})\\s|\\.\\s`, 'gu');
  const patterns = { moveTo, targetLead, moveAfter, cancel, move, edges };
  built.set(lexicon, patterns);
  return patterns;
}

/**
 * The status of each mention of a sentence: a date a move leads to ("postponed to June 4", "moved from
 * Monday to Thursday") is `moved`, with the previous date when the sentence names it; an event whose clause
 * calls it off is `cancelled`. A superseded plan's date is reinstated as `cancelled` when the sentence
 * cancels and names no new date. Returns undefined for mentions that stay out of `next`.
 */
export function sentenceStatuses(
  mentions: readonly ClassifiedMention[],
  sentence: string,
  lexicon: Lexicon,
  isAhead: (m: ResolvedMention) => boolean,
): Array<StatusReading | undefined> {
  const { moveTo, targetLead, moveAfter, cancel, move, edges } = statusPatterns(lexicon);
  const upcoming = mentions.filter((m) => m.classification.verdict === 'upcoming');
  const superseded = mentions.find(
    (m) => SUPERSEDING_RULES.has(m.classification.rule) && m.mention.granularity !== 'year',
  );
  return mentions.map(({ raw, mention, classification }) => {
    const lead = sentence.slice(Math.max(0, mention.index - 80), mention.index);
    if (classification.verdict === 'upcoming') {
      const rangeMove =
        raw.text !== mention.text &&
        raw.date !== mention.date &&
        move.test(sentence.slice(Math.max(0, raw.index - 80), raw.index));
      // "was due on Saturday, has been called off and will now take place on Tuesday": the new date.
      const replaces = superseded !== undefined && (move.test(sentence) || cancel.test(sentence));
      const movedLast = targetLead?.test(lead) === true && moveAfter.test(sentence.slice(mention.end));
      if (rangeMove || moveTo.test(lead) || movedLast || replaces) {
        const previous = rangeMove ? raw.date : superseded?.mention.date;
        return previous !== undefined && previous !== mention.date
          ? { status: 'moved', previous }
          : { status: 'moved' };
      }
      return cancel.test(clauseAround(sentence, mention.index, mention.end, edges))
        ? { status: 'cancelled' }
        : { status: 'scheduled' };
    }
    const calledOff =
      upcoming.length === 0 &&
      isAhead(mention) &&
      mention.granularity !== 'year' &&
      (SUPERSEDING_RULES.has(classification.rule) || classification.rule === 'told-in-past') &&
      cancel.test(clauseAround(sentence, mention.index, mention.end, edges));
    return calledOff ? { status: 'cancelled' } : undefined;
  });
}
