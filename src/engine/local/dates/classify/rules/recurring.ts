import type { ClassifyRule } from '../rule';

/** A rule that repeats, not one event: "every Monday", "by November 1 each year", "annually". */
export const recurring: ClassifyRule = {
  name: 'recurring',
  applies: (m, { patterns, lead, sentence }) =>
    patterns.recurringBefore.test(lead) || patterns.recurringAfter.test(sentence.slice(m.end, m.end + 20))
      ? 'not-an-event'
      : undefined,
};
