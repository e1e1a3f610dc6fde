import type { Classification, Verdict } from '../dates/classify/rule';
import type { NativeLexicon } from './native-lexicon';
import { changeWords, movesTo } from './native-change';

/** What the native rules read of a mention: its place in the sentence, value and tense. */
export interface NativeRuleInput {
  start: number;
  end: number;
  date: string;
  granularity: 'day' | 'month' | 'year';
  direction: 'future' | 'past' | 'unknown';
  monthPart: boolean;
}

interface NativeRule {
  /** The rule's name in `--explain`; the English classify rule's name where the two mean the same. */
  name: string;
  applies(
    m: NativeRuleInput,
    sentence: string,
    lexicon: NativeLexicon,
    published: string,
  ): Verdict | undefined;
}

const lead = (sentence: string, m: NativeRuleInput, size: number): string =>
  sentence.slice(Math.max(0, m.start - size), m.start);

/** The native classify rules, asked in order; the first verdict wins (as in the English stage). */
const NATIVE_RULES: readonly NativeRule[] = [
  // "en 2026": a year alone reminds nobody of anything.
  { name: 'year-only', applies: (m) => (m.granularity === 'year' ? 'not-an-event' : undefined) },
  // "Si le texte est adopté le 3 mars, ...": a condition schedules nothing.
  { name: 'condition', applies: (_m, s, lx) => (lx.conditional.test(s) ? 'not-an-event' : undefined) },
  // "initialement prévu le 12 mars, reporté au 19": the plan given up (the status stage's previous date).
  {
    name: 'superseded-plan',
    applies: (m, s, lx) =>
      (lx.planBefore.test(lead(s, m, 60)) || lx.planAfter.test(s.slice(m.end))) &&
      changeWords(lx).test(s) &&
      !movesTo(m.start, m.end, s, lx)
        ? 'not-an-event'
        : undefined,
  },
  // "bis zum 3. März", "d'ici le 10 mai", "hasta el 5 de junio": a deadline or a bound, unless a move leads to it.
  {
    name: 'target-or-limit',
    applies: (m, s, lx) =>
      lx.targetBefore.test(lead(s, m, 40)) && !movesTo(m.start, m.end, s, lx) ? 'not-an-event' : undefined,
  },
  // "berichtete Inforadio am 29. April 2020": a stated day told in the past tense is gone by, whatever its
  // year (a move or a cancel in the sentence is no past tense: see nativeDirection).
  {
    name: 'told-in-past',
    applies: (m) => (m.direction === 'past' && m.granularity === 'day' ? 'past' : undefined),
  },
  {
    name: 'not-after-published',
    applies: (m, _s, _lx, published) => {
      if (m.granularity === 'day') return m.date > published ? undefined : 'past';
      const month = published.slice(0, 7);
      return m.date > month || (m.date === month && m.monthPart && m.direction === 'future')
        ? undefined
        : 'past';
    },
  },
  { name: 'scheduled', applies: () => 'upcoming' },
];

/** The verdict of the first native rule that decides the mention, and that rule's name. */
export function classifyNative(
  m: NativeRuleInput,
  sentence: string,
  lexicon: NativeLexicon,
  published: string,
): Classification {
  for (const rule of NATIVE_RULES) {
    const verdict = rule.applies(m, sentence, lexicon, published);
    if (verdict) return { verdict, rule: rule.name };
  }
  return { verdict: 'not-an-event', rule: 'no-rule' };
}
