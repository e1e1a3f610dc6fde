import { toldInPast } from '../../../../../src/engine/local/dates/classify/rules/told-in-past';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['The minister met union leaders on Tuesday.', 'Tuesday', '2024-04-10', 'past/told-in-past'],
  [
    'The union announced a strike for Tuesday, April 16.',
    'Tuesday, April 16',
    '2024-04-10',
    'upcoming/scheduled',
  ],
  ["The governor's June 3 phone call angered lawmakers.", 'June 3', '2024-07-10', 'past/told-in-past'],
];

describe(`classify rule ${toldInPast.name}: the tense points back`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
