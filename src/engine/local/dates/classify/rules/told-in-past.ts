import type { ClassifyRule } from '../rule';

/**
 * The tense points back ("met on Tuesday"), unless the text pins a day that can only be ahead: a stated
 * year, "next ...", or a weekday with its date ("announced a strike for Tuesday, October 17").
 */
export const toldInPast: ClassifyRule = {
  name: 'told-in-past',
  applies: (m, { patterns }) => {
    if (m.direction !== 'past') return undefined;
    const pinned = m.yearStated || /^next\b/i.test(m.text) || patterns.weekdayWithDate.test(m.text);
    return pinned ? undefined : 'past';
  },
};
