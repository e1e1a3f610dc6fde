import type { ClassifyRule } from '../rule';

/**
 * "Sunday's brawl" names a day by its event: without a future verb and a word that looks ahead ("ahead
 * of Sunday's runoff", "Saturday's final will be played") it is the one just gone.
 */
export const possessiveWeekday: ClassifyRule = {
  name: 'possessive-weekday',
  applies: (m, { patterns: p, lead, sentence }) => {
    if (!p.bareWeekday.test(m.text) || !/^['’]s\b/.test(sentence.slice(m.end, m.end + 3))) return undefined;
    const after = sentence.slice(m.end, m.end + 80);
    const ahead = p.possessiveAheadBefore.test(lead) || p.possessiveAheadAfter.test(after);
    return m.direction === 'future' && ahead ? undefined : 'past';
  },
};
