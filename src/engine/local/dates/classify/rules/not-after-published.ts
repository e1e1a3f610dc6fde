import type { ClassifyRule } from '../rule';

/**
 * Only what lies after the publication day is next: a day strictly after it, a month after its month, or
 * its own month when the text says it is still to come ("later this month").
 */
export const notAfterPublished: ClassifyRule = {
  name: 'not-after-published',
  applies: (m, { published }) => {
    const key = Number(m.date.slice(0, 4)) * 12 + Number(m.date.slice(5, 7));
    const pubKey = published.year * 12 + published.month;
    if (m.granularity === 'month')
      return key < pubKey || (key === pubKey && m.direction !== 'future') ? 'past' : undefined;
    return key * 32 + Number(m.date.slice(8, 10)) <= pubKey * 32 + published.day ? 'past' : undefined;
  },
};
