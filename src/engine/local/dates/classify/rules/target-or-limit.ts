import type { ClassifyRule } from '../rule';

/**
 * "a deal by October", "before the end of the year", "until at least June 15", "not before March": a
 * target or a bound, no event. A
 * deadline with its day or a named month-end ("by 30 September", "by the end of July") stays a date.
 */
export const targetOrLimit: ClassifyRule = {
  name: 'target-or-limit',
  applies: (m, { patterns, lead }) =>
    patterns.limitBefore.test(lead) ||
    (m.granularity === 'month' && /^\p{L}+$/u.test(m.text) && patterns.limitMonthBefore.test(lead)) ||
    (/^the\s+end\s+of\s+the\s+(?:year|month)$/i.test(m.text) && /\bbefore\s+$/i.test(lead)) ||
    (/^the\s+end\s+of\s+next\s+year$/i.test(m.text) && /\bby\s+$/i.test(lead))
      ? 'not-an-event'
      : undefined,
};
