import { resolveDates } from '../../../../src/engine/local/dates/resolve-dates';

/** The date of the expression whose text contains `part`. */
const dateOf = (text: string, reference: string, part: string): string | undefined =>
  resolveDates(text, reference).find((m) => m.text.includes(part))?.date;

describe('resolveDates: timetable present tense points to the coming weekday', () => {
  it('reads a headline verb with a weekday as the coming day', () => {
    expect(dateOf('Rebel leader takes peace plan to capital Saturday.', '2013-05-07', 'Saturday')).toBe(
      '2013-05-11',
    );
    expect(dateOf('The squad returns home on Friday.', '2013-05-07', 'Friday')).toBe('2013-05-10');
  });

  it('reads a weekday after a clock time and zone as the coming day', () => {
    expect(dateOf('The ferry leaves at 6:30 a.m. GMT on Sunday from Dover.', '2013-05-07', 'Sunday')).toBe(
      '2013-05-12',
    );
  });

  it('reads a weekday in an if-clause as the coming day', () => {
    expect(
      dateOf('If the union accepts on Thursday, trains could run again next week.', '2013-05-07', 'Thursday'),
    ).toBe('2013-05-09');
  });

  it('keeps a price move on a weekday in the past', () => {
    expect(dateOf('Harbour Line shares rose 3 percent in Oslo on Monday.', '2013-05-07', 'Monday')).toBe(
      '2013-05-06',
    );
  });
});

describe('resolveDates: conditions and calls look ahead', () => {
  it('reads a month after "if" and a participle as the coming one', () => {
    expect(
      dateOf('If ratified in June, the treaty would enter into force in 2014.', '2013-05-07', 'June'),
    ).toBe('2013-06');
  });

  it('reads a day of called-for protests as the coming one', () => {
    expect(
      dateOf(
        'The unions have called for strikes on May 2, the day of the budget vote.',
        '2013-04-20',
        'May 2',
      ),
    ).toBe('2013-05-02');
  });
});

describe('resolveDates: years with an apostrophe and periods next to the reference', () => {
  it('reads an apostrophe year in the right century', () => {
    expect(dateOf('Output is still below the level of late \u201907.', '2013-05-07', '07')).toBe('2007');
    expect(dateOf("The club has not reached a final since '89.", '2013-05-07', '89')).toBe('1989');
  });

  it('does not read a decade or a percentage as an apostrophe year', () => {
    expect(resolveDates("Growth was weaker than in the '90s.", '2013-05-07')).toEqual([]);
  });

  it('counts the previous or following month and year from the reference', () => {
    expect(dateOf('Sales dropped 4 percent from the previous year.', '2013-05-07', 'previous year')).toBe(
      '2012',
    );
    expect(dateOf('A new cabinet was named the following month.', '2013-12-10', 'following month')).toBe(
      '2014-01',
    );
    expect(dateOf('Orders rose compared with the preceding month.', '2013-01-15', 'preceding month')).toBe(
      '2012-12',
    );
  });
});
