import { habitual } from '../../../../../src/engine/local/dates/classify/rules/habitual';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['The rainy season normally lasts until June.', 'June', '2024-04-10', 'not-an-event/habitual'],
  ['The rainy season will last until June.', 'June', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${habitual.name}: habits are no schedule`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
