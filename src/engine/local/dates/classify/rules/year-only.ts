import type { ClassifyRule } from '../rule';

/** "in 2024": a year alone is too vague to remind anyone of anything. */
export const yearOnly: ClassifyRule = {
  name: 'year-only',
  applies: (m) => (m.granularity === 'year' ? 'not-an-event' : undefined),
};
