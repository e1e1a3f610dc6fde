import { givenUpDate } from '../../../../../src/engine/local/dates/classify/rules/given-up-date';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  [
    'The festival will now open on July 29 instead of July 25.',
    'July 25',
    '2024-04-10',
    'not-an-event/given-up-date',
  ],
  [
    'The festival will now open on July 29 instead of July 25.',
    'July 29',
    '2024-04-10',
    'upcoming/scheduled',
  ],
];

describe(`classify rule ${givenUpDate.name}: a date given up`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
