import type { ClassifyRule } from '../rule';

/** The last rule: a day or month after publication that no rule above set aside is an upcoming event. */
export const scheduled: ClassifyRule = {
  name: 'scheduled',
  applies: () => 'upcoming',
};
