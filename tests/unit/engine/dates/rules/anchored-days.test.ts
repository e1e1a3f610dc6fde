import { explainText } from '../../../../../src/engine/local/dates/explain-dates';

// Days counted from the story rather than from the writing, and parts of months: [text, published,
// mention, expected value, expected verdict].
const rows: Array<[string, string, string, string, string]> = [
  [
    'The fund bought shares on Monday, May 6, and sold half the next Friday.',
    '2024-07-10',
    'next Friday',
    '2024-05-10',
    'past',
  ],
  [
    'The strike began on a Monday. The talks resumed the next Friday.',
    '2024-04-10',
    'next Friday',
    '2024-04-05',
    'past',
  ],
  [
    'They met on March 2 and agreed to meet again the following Friday.',
    '2024-04-10',
    'Friday',
    '2024-03-08',
    'past',
  ],
  [
    'The talks open on April 12 and resume the following Friday.',
    '2024-04-10',
    'Friday',
    '2024-04-19',
    'upcoming',
  ],
  ['The talks will resume next Friday.', '2024-04-10', 'next Friday', '2024-04-19', 'upcoming'],
  ['The vote will be held late this month, on the 28th.', '2024-04-10', 'the 28th', '2024-04-28', 'upcoming'],
  ['Payments resumed on the 2nd, officials said.', '2024-04-10', 'the 2nd', '2024-04-02', 'past'],
  ['Groundwork will begin in late May.', '2024-04-10', 'late May', '2024-05', 'upcoming'],
  [
    'He demanded in early February that troops withdraw by the end of the month.',
    '2020-03-02',
    'the end of the month',
    '2020-02',
    'past',
  ],
  [
    'The collector ordered a lockdown from July 10 to July 16.',
    '2020-07-09',
    'July 10 to July 16',
    '2020-07-10',
    'upcoming',
  ],
];

describe('days counted from the story, days of the month and parts of months', () => {
  it.each(rows)('%s [published %s] "%s" → %s, %s', (text, published, mention, date, verdict) => {
    const step = explainText(text, published).find((t) => t.text === mention);
    expect(step && { date: step.date, verdict: step.verdict }).toEqual({ date, verdict });
  });

  it('does not read an ordinal of something else as a day', () => {
    expect(explainText('They marked the 28th anniversary of the treaty.', '2024-04-10')).toEqual([]);
  });
});
