import { monthAsWord } from '../../../../../src/engine/local/dates/classify/rules/month-as-word';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  [
    "Police prepared for Sunday's march, which will start at noon.",
    'march',
    '2024-05-02',
    'not-an-event/month-as-word',
  ],
  ['The march will start in May.', 'May', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${monthAsWord.name}: a lowercase month name is a word`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
