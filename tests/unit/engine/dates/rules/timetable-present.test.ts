import { verdictOf, type Row } from './verdict-of';

// The scheduled rule's timetables in the simple present and passive (the resolve stage reads them as
// ahead): one row per case, the sentence, the dated mention, the publication day, the decision.
const rows: Row[] = [
  ['The home side play Sunday against the visitors.', 'Sunday', '2024-04-10', 'upcoming/scheduled'],
  ['United play Sunday at home.', 'Sunday', '2024-04-10', 'upcoming/scheduled'],
  ['Kickoff is at 3 p.m. Saturday.', '3 p.m. Saturday', '2024-04-10', 'upcoming/scheduled'],
  ['The winner is announced on Friday.', 'Friday', '2024-04-10', 'upcoming/scheduled'],
  ['The final, to be played on May 19 in Bilbao, is sold out.', 'May 19', '2024-04-10', 'upcoming/scheduled'],
  ['On Thursday, the union plans to hold a rally.', 'Thursday', '2024-04-10', 'upcoming/scheduled'],
  [
    'Pre-orders open on Friday at 9 a.m. ET on the website.',
    'Friday at 9 a.m. ET',
    '2025-02-11',
    'upcoming/scheduled',
  ],
  // Not timetables: a past verb, a claim, a copula after the date.
  ['On Thursday, the union held a rally.', 'Thursday', '2024-04-10', 'past/told-in-past'],
  ['The men are accused of robbing a bank on Sunday.', 'Sunday', '2024-04-10', 'past/not-after-published'],
  ['The attack on Sunday is the worst in years.', 'Sunday', '2024-04-10', 'past/not-after-published'],
];

describe('timetables in the simple present and passive are upcoming', () => {
  it.each(rows)('%s [%s, published %s] → %s', (sentence, mention, published, expected) => {
    expect(verdictOf(sentence, mention, published)).toBe(expected);
  });
});
