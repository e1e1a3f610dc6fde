import type { ClassifyRule } from '../rule';

/**
 * A rule that repeats, not one event: "every Monday", "by November 1 each year", "annually", "Monday and
 * Wednesday evenings", "its Sunday editions".
 */
export const recurring: ClassifyRule = {
  name: 'recurring',
  applies: (m, { patterns, lead, sentence }) =>
    patterns.recurringBefore.test(lead) ||
    patterns.recurringAfter.test(sentence.slice(m.end, m.end + 20)) ||
    (patterns.bareWeekday.test(m.text) && patterns.recurringNounAfter.test(sentence.slice(m.end, m.end + 40)))
      ? 'not-an-event'
      : undefined,
};
