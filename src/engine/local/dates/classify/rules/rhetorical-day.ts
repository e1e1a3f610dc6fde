import type { ClassifyRule } from '../rule';

/** "Come back tomorrow for more", "whatever happens tomorrow": advice or rhetoric, not an event. */
export const rhetoricalDay: ClassifyRule = {
  name: 'rhetorical-day',
  applies: (m, { patterns, lead }) =>
    patterns.relativeDay.test(m.text) && patterns.rhetoricalBefore.test(lead) ? 'not-an-event' : undefined,
};
