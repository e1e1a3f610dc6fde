import { findNextDates } from '../../../../src/engine/local/dates/next-dates';
import { splitSentences } from '../../../../src/engine/local/sentences';

const label = (text: string, published: string): string | undefined =>
  findNextDates(splitSentences(text), published)[0]?.what;

describe('event labels on sentences the engine was not tuned on', () => {
  it('names the head noun of the event, not a modifier', () => {
    expect(label('The club will hold a launch ceremony in Lagos on May 2.', '2024-04-10')).toBe(
      'launch ceremony',
    );
    expect(label('The commission said the final official count would be ready by May 9.', '2024-05-01')).toBe(
      'final official count',
    );
    expect(label('Shareholders will receive a special dividend on June 14.', '2024-05-01')).toBe(
      'special dividend',
    );
  });

  it('does not take an event word from another clause or a verb', () => {
    const what = label(
      'Bus drivers will strike from March 4 after talks with the city collapsed.',
      '2024-02-20',
    );
    expect(what).not.toBe('talks');
    expect(what).toMatch(/Bus drivers/);
  });

  it('starts a label without an event word after "said"', () => {
    expect(label('The minister said the bridge would reopen on August 1.', '2024-07-01')).toBe(
      'bridge would reopen',
    );
  });
});

describe('event labels from a relative clause', () => {
  it('names the thing a "which will" clause schedules', () => {
    expect(
      label('Leaders praised the Nordic Forum, which will be held in Tromsø on 3 March.', '2025-01-15'),
    ).toBe('Nordic Forum');
  });
});
