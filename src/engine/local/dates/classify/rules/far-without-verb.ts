import type { ClassifyRule } from '../rule';

/** Without a future verb, only explicit dates within the year ahead count ("goes live on July 1"). */
export const farWithoutVerb: ClassifyRule = {
  name: 'far-without-verb',
  applies: (m, { published }) => {
    if (m.direction !== 'unknown') return undefined;
    const months =
      Number(m.date.slice(0, 4)) * 12 + Number(m.date.slice(5, 7)) - (published.year * 12 + published.month);
    return months > 12 ? 'not-an-event' : undefined;
  },
};
