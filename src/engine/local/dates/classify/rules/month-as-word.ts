import type { ClassifyRule } from '../rule';

/** "Sunday's march", "you may": a month's name written in lowercase alone is a common word, not a date. */
export const monthAsWord: ClassifyRule = {
  name: 'month-as-word',
  applies: (m, { patterns }) => (patterns.lowercaseMonth.test(m.text) ? 'not-an-event' : undefined),
};
