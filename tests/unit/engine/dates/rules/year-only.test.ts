import { yearOnly } from '../../../../../src/engine/local/dates/classify/rules/year-only';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['The company said revenue rose in 2023.', '2023', '2024-04-10', 'not-an-event/year-only'],
  ['The board will meet again in 2025.', '2025', '2024-04-10', 'not-an-event/year-only'],
  ['The board will meet again on May 3, 2025.', 'May 3, 2025', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${yearOnly.name}: a year alone is no event`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
