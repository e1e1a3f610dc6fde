import { recurring } from '../../../../../src/engine/local/dates/classify/rules/recurring';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['The market opens every Saturday in the square.', 'Saturday', '2024-04-10', 'not-an-event/recurring'],
  ['Taxes are due by June 30 each year.', 'June 30', '2024-04-10', 'not-an-event/recurring'],
  ['Classes meet Monday and Wednesday evenings.', 'Monday', '2024-04-10', 'not-an-event/recurring'],
  ['Its Sunday editions will carry the column.', 'Sunday', '2024-04-10', 'not-an-event/recurring'],
  ['The market will open on Saturday.', 'Saturday', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${recurring.name}: repeating dates are no one-off event`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
