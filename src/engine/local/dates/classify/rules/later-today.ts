import { formatDay } from '../../calendar-date';
import type { ClassifyRule } from '../rule';

const EVENING = /^(?:tonight|(?:later\s+|late\s+)?this\s+(?:afternoon|evening))\b/i;
const TODAY = /^(?:later\s+)?today\b/i;

/**
 * A same-day event is still to come: a time later than the publication's ("today at 7:30 p.m." in a
 * story published at 08:30), "today" with a future verb ("will vote today"), or "tonight" / "this
 * evening" unless the verb tells it as done. A time not after the publication's, and a same-day event the
 * sentence moves or calls off, are left to the next rule.
 */
export const laterToday: ClassifyRule = {
  name: 'later-today',
  applies: (m, { published, publishedTime, patterns, sentence }) => {
    if (m.granularity !== 'day' || m.date !== formatDay(published)) return undefined;
    // "today's game ... has been postponed": a day's event moved or called off is not still to come that day.
    if (patterns.move.test(sentence) || patterns.cancel.test(sentence)) return undefined;
    if (publishedTime !== undefined && m.time !== null)
      return m.time > publishedTime ? 'upcoming' : undefined;
    // "today's game": the day names its event, as "Sunday's final" does; only a stated time says it is ahead.
    if (/^['’]s\b/.test(sentence.slice(m.end, m.end + 3))) return undefined;
    if (TODAY.test(m.text) && m.direction === 'future') return 'upcoming';
    if (EVENING.test(m.text) && m.direction !== 'past') return 'upcoming';
    return undefined;
  },
};
