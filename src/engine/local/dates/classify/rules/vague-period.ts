import type { ClassifyRule } from '../rule';

/**
 * "next summer", "the middle of next year", "next week's vote", "within the next two weeks": a period
 * that names no day or month to put in a calendar (no month or Monday is invented for it).
 */
export const vaguePeriod: ClassifyRule = {
  name: 'vague-period',
  applies: (m, { patterns, lead }) =>
    patterns.vaguePeriod.test(m.text) || patterns.vagueBefore.test(lead) ? 'not-an-event' : undefined,
};
