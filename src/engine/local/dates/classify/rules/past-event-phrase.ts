import type { ClassifyRule } from '../rule';

/** "the summit, which took place on May 3": a phrase that tells the event as done, with no verb deciding. */
export const pastEventPhrase: ClassifyRule = {
  name: 'past-event-phrase',
  applies: (m, { patterns, sentence }) =>
    m.direction === 'unknown' &&
    patterns.pastEvent.test(sentence.slice(Math.max(0, m.index - 60), m.end + 30))
      ? 'past'
      : undefined,
};
