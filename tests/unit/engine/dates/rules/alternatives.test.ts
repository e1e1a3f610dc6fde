import { alternatives } from '../../../../../src/engine/local/dates/classify/rules/alternatives';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['A decision is expected in May or June.', 'May', '2024-04-10', 'not-an-event/alternatives'],
  ['Tickets can be used on May 2 or refunded.', 'May 2', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${alternatives.name}: alternatives are no date`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
