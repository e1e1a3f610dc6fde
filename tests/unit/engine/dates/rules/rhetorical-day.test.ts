import { rhetoricalDay } from '../../../../../src/engine/local/dates/classify/rules/rhetorical-day';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['Come back tomorrow for more coverage.', 'tomorrow', '2024-04-10', 'not-an-event/rhetorical-day'],
  [
    'Whatever happens tomorrow, the coach will stay.',
    'tomorrow',
    '2024-04-10',
    'not-an-event/rhetorical-day',
  ],
  ['The coach will name his team tomorrow.', 'tomorrow', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${rhetoricalDay.name}: advice and rhetoric`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
