import { holidayAsWord } from '../../../../../src/engine/local/dates/classify/rules/holiday-as-word';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['The Easter parade drew crowds.', 'Easter', '2024-04-10', 'not-an-event/holiday-as-word'],
  ['Shops will close early on Christmas Eve.', 'Christmas Eve', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${holidayAsWord.name}: a holiday's name as a word`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
