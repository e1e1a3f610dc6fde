import { farWithoutVerb } from '../../../../../src/engine/local/dates/classify/rules/far-without-verb';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['The law takes effect on June 1, 2027.', 'June 1, 2027', '2024-04-10', 'not-an-event/far-without-verb'],
  ['The law will take effect on June 1, 2027.', 'June 1, 2027', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${farWithoutVerb.name}: far dates need a future verb`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
