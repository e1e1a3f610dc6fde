import type { ClassifyRule } from '../rule';

/** "the rainy season normally lasts until April": a habit, not a schedule. */
export const habitual: ClassifyRule = {
  name: 'habitual',
  applies: (_m, { patterns, lead }) => (patterns.habitualBefore.test(lead) ? 'not-an-event' : undefined),
};
