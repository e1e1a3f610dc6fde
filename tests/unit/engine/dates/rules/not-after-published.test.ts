import { notAfterPublished } from '../../../../../src/engine/local/dates/classify/rules/not-after-published';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['The fund held a 12% stake as of April 2.', 'April 2', '2024-04-10', 'past/not-after-published'],
  ['Sales rose this month.', 'this month', '2024-04-10', 'past/not-after-published'],
  ['The fund will report on April 12.', 'April 12', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${notAfterPublished.name}: only what lies after publication`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
