import { findNextDates } from '../../../../src/engine/local/dates/next-dates';
import { resolveDates } from '../../../../src/engine/local/dates/resolve-dates';
import { splitSentences } from '../../../../src/engine/local/sentences';

const nextDates = (text: string, published: string): string[] =>
  findNextDates(splitSentences(text), published).map((n) => n.date);

describe('next dates in sentences the engine was not tuned on', () => {
  it('takes the new date of an adjourned or rescheduled event', () => {
    expect(
      nextDates(
        'The magistrate adjourned the hearing to October 2 so the defence could call a witness.',
        '2023-09-14',
      ),
    ).toEqual(['2023-10-02']);
    // 2023-09-14 is a Thursday: "Monday" is the coming one.
    expect(
      nextDates('The vote has been rescheduled for Monday after a power cut in the chamber.', '2023-09-14'),
    ).toEqual(['2023-09-18']);
  });

  it('drops a date that was planned and then moved, and keeps the new one', () => {
    const text =
      'The ministerial meeting, which had been scheduled for November 9, was pushed back on Friday to December 1.';
    expect(nextDates(text, '2022-10-21')).toEqual(['2022-12-01']);
    expect(nextDates('The ferry was due to sail on Sunday but stayed in port.', '2022-10-24')).toEqual([]);
  });

  it('does not let a participle or a later clause set the tense of the date', () => {
    expect(
      nextDates('Police said a woman would appear in court on March 3 accused of arson.', '2021-02-20'),
    ).toEqual(['2021-03-03']);
    // Tuesday, August 13, 2024 agrees only with 2024; "published" belongs to the "after" clause.
    expect(
      nextDates(
        'United will open the season at home on Tuesday, August 13, after the league published its list.',
        '2024-07-30',
      ),
    ).toEqual(['2024-08-13']);
    expect(
      nextDates('The mayor will give a televised speech on Friday evening to appeal for calm.', '2024-03-05'),
    ).toEqual(['2024-03-08']);
  });

  it('reads a reported plan and a plan participle as pointing ahead', () => {
    expect(nextDates('The firm said it would unveil the tablet at the end of April.', '2025-04-03')).toEqual([
      '2025-04',
    ]);
    expect(
      nextDates('Parliament must approve the law, a vote scheduled for the beginning of July.', '2025-06-10'),
    ).toEqual(['2025-07']);
    expect(nextDates('The union said it had offered to meet the owners on June 30.', '2025-06-20')).toEqual([
      '2025-06-30',
    ]);
  });

  it('leaves out recurring rules and times counted from another event', () => {
    expect(nextDates('Tax returns are due by April 30 each year under the new law.', '2025-01-10')).toEqual(
      [],
    );
    expect(nextDates('Regional races will follow three weeks later.', '2025-01-10')).toEqual([]);
  });

  it('gives a named month boundary at month precision', () => {
    const dates = resolveDates(
      'Sales will start at the end of March and the plant will open in mid-June.',
      '2025-01-10',
    );
    expect(dates.map((d) => d.date)).toEqual(['2025-03', '2025-06']);
  });
});
