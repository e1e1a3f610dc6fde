import { scheduled } from '../../../../../src/engine/local/dates/classify/rules/scheduled';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['The regular season starts on May 3.', 'May 3', '2024-04-10', 'upcoming/scheduled'],
  ['The final will be played on May 19.', 'May 19', '2024-04-10', 'upcoming/scheduled'],
  ['The tour calls at the fairground on August 14.', 'August 14', '2024-04-10', 'upcoming/scheduled'],
  ['The game was moved from Monday to Thursday.', 'Thursday', '2024-04-10', 'upcoming/scheduled/moved'],
];

describe(`classify rule ${scheduled.name}: the rule of last resort`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
