import { targetOrLimit } from '../../../../../src/engine/local/dates/classify/rules/target-or-limit';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['The government wants a deal by October.', 'October', '2024-04-10', 'not-an-event/target-or-limit'],
  [
    'Travellers should stay home until at least June 15.',
    'June 15',
    '2024-04-10',
    'not-an-event/target-or-limit',
  ],
  [
    'The regulator asks both sides to agree before the end of the year.',
    'the end of the year',
    '2024-04-10',
    'not-an-event/target-or-limit',
  ],
  ['Bids must be filed by 30 May.', '30 May', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${targetOrLimit.name}: targets and bounds`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
