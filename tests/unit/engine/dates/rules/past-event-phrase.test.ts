import { pastEventPhrase } from '../../../../../src/engine/local/dates/classify/rules/past-event-phrase';
import { verdictOf, type Row } from './verdict-of';

// One row per case: the sentence, the dated mention, the publication day, what the stages decide.
const rows: Row[] = [
  ['The anniversary of May 20 falls on a weekend.', 'May 20', '2024-04-10', 'past/past-event-phrase'],
  ['The May 20 ceremony falls on a weekend.', 'May 20', '2024-04-10', 'upcoming/scheduled'],
];

describe(`classify rule ${pastEventPhrase.name}: phrases that tell an event as done`, () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
