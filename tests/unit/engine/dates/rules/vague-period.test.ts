import { vaguePeriod } from '../../../../../src/engine/local/dates/classify/rules/vague-period';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  [
    'The company plans to list its shares next summer.',
    'next summer',
    '2024-04-10',
    'not-an-event/vague-period',
  ],
  [
    'The reform should pass by the middle of next year.',
    'the middle of next year',
    '2024-04-10',
    'not-an-event/vague-period',
  ],
  [
    "Ahead of next week's vote, the party met on Monday.",
    'next week',
    '2024-04-10',
    'not-an-event/vague-period',
  ],
  ['The council will vote next month.', 'next month', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${vaguePeriod.name}: vague periods are not dates`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
