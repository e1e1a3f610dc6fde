import type { ClassifyRule } from '../rule';

/** "will now open on July 29 instead of July 25": the date given up; "stay hot into next week": an extent. */
export const givenUpDate: ClassifyRule = {
  name: 'given-up-date',
  applies: (_m, { patterns, lead }) => (patterns.replacedBefore.test(lead) ? 'not-an-event' : undefined),
};
