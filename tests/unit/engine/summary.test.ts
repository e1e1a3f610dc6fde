import { splitSentences } from '../../../src/engine/local/sentences';
import {
  MAX_SUMMARY_CHARS,
  isSummarySentence,
  summarize,
  trimAtWord,
} from '../../../src/engine/local/summary/summarize';

describe('the extractive what', () => {
  it('uses the lead, skipping the dateline, headings and quotes', () => {
    const text = [
      'March 3, 2024',
      '',
      'Talks resume',
      '',
      '"We are not there yet," one diplomat said.',
      '',
      'LISBON (Reuters) — Portugal’s parliament voted on Sunday to approve the budget, ending a month of deadlock between the two main parties.',
      'The vote passed by 118 to 102.',
    ].join('\n');
    expect(summarize(splitSentences(text))).toBe(
      'Portugal’s parliament voted on Sunday to approve the budget, ending a month of deadlock between the two main parties.',
    );
  });

  it('adds a second short sentence of the same paragraph when both fit', () => {
    const text =
      'The airline cancelled 40 flights on Monday because of the strike. About 6,000 passengers were affected by the cancellations.';
    expect(summarize(splitSentences(text))).toBe(text);
  });

  it('never goes over 300 characters and cuts at a word', () => {
    const long = `The committee ${'examined the long and winding list of proposals '.repeat(10)}before voting.`;
    const summary = summarize(splitSentences(long));
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(summary.endsWith('…')).toBe(true);
    expect(trimAtWord('alpha beta gamma', 12)).toBe('alpha beta…');
  });

  it('rejects furniture and dates as summary sentences and returns empty for empty text', () => {
    expect(
      isSummarySentence(
        'Read also Article reserved for our subscribers: the long road to the summit and back again.',
      ),
    ).toBe(false);
    expect(isSummarySentence('Tuesday, December 10, 2013')).toBe(false);
    expect(summarize([])).toBe('');
  });
});
