import type { ClassifyRule } from '../rule';

const SINGLE_WORD = /^\p{L}+$/u;

/** "the Christmas No. 1", "a Christmas single": a holiday's name as a word, no preposition making it a time. */
export const holidayAsWord: ClassifyRule = {
  name: 'holiday-as-word',
  applies: (m, { patterns: p, lead }) =>
    SINGLE_WORD.test(m.text) &&
    !p.bareWeekday.test(m.text) &&
    !p.relativeDay.test(m.text) &&
    !p.timePrepositionBefore.test(lead)
      ? 'not-an-event'
      : undefined,
};
