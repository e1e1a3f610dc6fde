import { supersededPlan } from '../../../../../src/engine/local/dates/classify/rules/superseded-plan';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  [
    'The concert, which had been scheduled for May 20, will now take place on June 2.',
    'May 20',
    '2024-04-10',
    'not-an-event/superseded-plan',
  ],
  [
    'The concert, which had been scheduled for May 20, has been postponed to June 2.',
    'June 2',
    '2024-04-10',
    'upcoming/scheduled/moved',
  ],
  [
    'A dance evening planned for May 24 has been called off.',
    'May 24',
    '2024-04-10',
    'not-an-event/superseded-plan/cancelled',
  ],
];

describe(`classify rule ${supersededPlan.name}: a plan that no longer stands`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
