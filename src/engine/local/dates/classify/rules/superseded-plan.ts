import type { ClassifyRule } from '../rule';

/**
 * A plan that no longer stands: "which had been scheduled for May 4", "was scheduled for May 4 but was
 * postponed", "a dance evening planned for July 20 has been called off". The status stage reads it as the
 * previous date of a move or the date of a cancelled event.
 */
export const supersededPlan: ClassifyRule = {
  name: 'superseded-plan',
  applies: (m, { patterns: p, lead, sentence, clauseAfter }) => {
    const changed = (text: string): boolean => p.move.test(text) || p.cancel.test(text);
    if (p.supersededBefore.test(lead)) return 'not-an-event';
    if (p.planBefore.test(lead) && changed(sentence)) return 'not-an-event';
    if (p.barePlanBefore.test(lead) && changed(clauseAfter)) return 'not-an-event';
    return undefined;
  },
};
