import { endOfStartedPeriod } from '../../../../../src/engine/local/dates/classify/rules/end-of-started-period';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  [
    'It will come into force on July 10 and remain in place till July 14.',
    'July 14',
    '2020-07-09',
    'not-an-event/end-of-started-period',
  ],
  [
    'The restrictions will come into force from Thursday and continue till July 13.',
    'July 13',
    '2020-07-09',
    'not-an-event/end-of-started-period',
  ],
  [
    'The fair opens on April 20 and runs until May 9.',
    'May 9',
    '2024-04-10',
    'not-an-event/end-of-started-period',
  ],
  // The start has gone by: the end is what is left to mark.
  ['The exhibition runs from March 3 until May 9.', 'May 9', '2024-04-10', 'upcoming/scheduled'],
  ['The match was postponed on Monday until May 9.', 'May 9', '2024-04-10', 'upcoming/scheduled/moved'],
  [
    'She said on Wednesday that the vote would take place on February 2, and that a consultation would run until January 27.',
    'January 27',
    '2023-01-12',
    'upcoming/scheduled',
  ],
];

describe(`classify rule ${endOfStartedPeriod.name}: the end of a period whose start is dated`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
