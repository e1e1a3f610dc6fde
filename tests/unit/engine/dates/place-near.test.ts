import { placeNear } from '../../../../src/engine/local/dates/place';

/** Each row: a sentence, the date mention in it, and the place of that date's event (or null). */
const rows: Array<[string, string, string | null]> = [
  ['the approach of Russian-American talks on January 10 in Geneva', 'January 10', 'Geneva'],
  [
    'the draft would be debated at the mid-year session in Bonn, which opens on June 16, before ministers take it up at the COP30 summit in Belém in November.',
    'June 16',
    'Bonn',
  ],
  ['The council will vote on March 3, before the regional summit in Paris.', 'March 3', null],
  ['Delegates meet in Vienna on May 2 to review the accord.', 'May 2', 'Vienna'],
  ['The minister, who lives in Lyon, said talks resume on April 4.', 'April 4', null],
];

describe('the place of a dated event', () => {
  it.each(rows)('%s → %s: %s', (sentence, date, place) => {
    const start = sentence.indexOf(date);
    expect(placeNear(sentence, start, start + date.length)).toBe(place);
  });
});
