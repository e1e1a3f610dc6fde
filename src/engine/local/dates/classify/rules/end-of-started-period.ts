import { formatDay } from '../../calendar-date';
import type { ClassifyRule } from '../rule';

const END_BOUND_BEFORE = /\b(?:till|until|through|to\s+last\s+until)\s+(?:the\s+)?$/i;

/**
 * "will come into force on July 10 and remain in place till July 14", "from Thursday ... till July 13":
 * the end of a period whose start the same sentence dates, today or later, is not an event of its own
 * (the start is). When the start has gone by, the end is what is left to mark, and this rule stays out.
 */
export const endOfStartedPeriod: ClassifyRule = {
  name: 'end-of-started-period',
  applies: (m, { patterns, lead, published, earlier, sentence }) => {
    if (m.granularity !== 'day' || !END_BOUND_BEFORE.test(lead)) return undefined;
    if (patterns.move.test(sentence.slice(0, m.index))) return undefined;
    const pub = formatDay(published);
    const list = earlier ?? [];
    let start = false;
    // Read back from the mention, as far as 160 characters.
    for (let i = list.length - 1; i >= 0 && !start; i--) {
      const e = list[i]!;
      if (m.index - e.end >= 160) break;
      start = e.granularity === 'day' && e.direction !== 'past' && e.date >= pub && e.date < m.date;
    }
    return start ? 'not-an-event' : undefined;
  },
};
