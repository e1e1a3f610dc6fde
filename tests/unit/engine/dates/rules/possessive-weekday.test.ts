import { possessiveWeekday } from '../../../../../src/engine/local/dates/classify/rules/possessive-weekday';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ["Sunday's brawl is the talk of the town.", 'Sunday', '2024-04-10', 'past/possessive-weekday'],
  ["Saturday's final will be played in Cardiff.", 'Saturday', '2024-04-10', 'upcoming/scheduled'],
  [
    "Ahead of Sunday's runoff, both candidates will hold rallies.",
    'Sunday',
    '2024-04-10',
    'upcoming/scheduled',
  ],
];

describe(`classify rule ${possessiveWeekday.name}: a possessive weekday names the one just gone`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
