import type { ClassifyRule } from '../rule';

/** "a decision in May or June": alternatives are not a scheduled date. */
export const alternatives: ClassifyRule = {
  name: 'alternatives',
  applies: (m, { patterns, lead, sentence }) =>
    patterns.alternativeAfter.test(sentence.slice(m.end, m.end + 30)) || patterns.alternativeBefore.test(lead)
      ? 'not-an-event'
      : undefined,
};
