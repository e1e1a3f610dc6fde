import { resolveDates } from '../../../../src/engine/local/dates/resolve-dates';

/** The date resolved for the expression starting with `expression` in `text`. */
const dateOf = (text: string, expression: string, reference: string): string | undefined => {
  const at = text.indexOf(expression);
  return resolveDates(text, reference).find((m) => m.index <= at && m.index + m.text.length > at)?.date;
};

describe('resolveDates: holidays', () => {
  it('reads fixed holidays in the year the tense points to', () => {
    expect(dateOf('Retailers reported weak sales over Christmas.', 'Christmas', '2007-12-27')).toBe(
      '2007-12-25',
    );
    expect(dateOf('The new toll comes into force on New Year’s Day.', 'New', '2007-12-27')).toBe(
      '2008-01-01',
    );
    expect(
      dateOf('The Senate is expected to vote on the bill on Christmas Eve.', 'Christmas', '2009-12-21'),
    ).toBe('2009-12-24');
  });

  it('computes Easter and Thanksgiving for the year meant', () => {
    expect(dateOf('Pilgrims filled the square over Easter.', 'Easter', '2012-04-20')).toBe('2012-04-08');
    expect(dateOf('Crowds will gather in the square at Easter.', 'Easter', '2013-01-15')).toBe('2013-03-31');
    expect(dateOf('Airports were busy before Thanksgiving.', 'Thanksgiving', '2010-12-01')).toBe(
      '2010-11-25',
    );
  });

  it('does not read a holiday used as an adjective as a date', () => {
    expect(resolveDates('Christmas trees went on sale at the market.', '2010-12-01')).toEqual([]);
  });
});

describe('resolveDates: days counted from another day', () => {
  it('counts "the following day" from the day just named', () => {
    const text = 'The bill passed the House on May 12 and the Senate approved it the following day.';
    expect(dateOf(text, 'the following day', '2010-05-20')).toBe('2010-05-13');
  });

  it('puts "the same day" on the day just named', () => {
    const text = 'The prime minister arrived in Kabul on Tuesday and met the president the same day.';
    expect(dateOf(text, 'the same day', '2009-09-17')).toBe('2009-09-15');
  });

  it('counts from the publication day when no day was named', () => {
    expect(dateOf('The minister denied a report published the previous day.', 'the', '2009-09-15')).toBe(
      '2009-09-14',
    );
  });

  it('reads "this morning" and "this afternoon" as the publication day', () => {
    expect(dateOf('Flights were suspended this morning.', 'this', '2011-02-02')).toBe('2011-02-02');
    expect(dateOf('The results will be announced this afternoon.', 'this', '2010-03-10')).toBe('2010-03-10');
  });
});

describe('resolveDates: numeric dates', () => {
  it('reads day first when the text writes its other dates day first', () => {
    const text = 'The deal was signed on 3 March and filed on 04/03/2011.';
    expect(dateOf(text, '04/03/2011', '2011-06-01')).toBe('2011-03-04');
  });

  it('reads month first when the text writes its other dates month first', () => {
    const text = 'The deal was signed on March 3 and filed on 04/03/2011.';
    expect(dateOf(text, '04/03/2011', '2011-06-01')).toBe('2011-04-03');
  });

  it('takes the reading that agrees with the tense when nothing else tells', () => {
    const text = 'The ruling, dated 12/03/2009, was published on the court website.';
    expect(dateOf(text, '12/03/2009', '2009-06-10')).toBe('2009-03-12');
    expect(dateOf('The filing, submitted on 9/12/2008, lists large debts.', '9/12', '2008-09-15')).toBe(
      '2008-09-12',
    );
  });

  it('reads a date that only one way is a real day that way', () => {
    expect(dateOf('The collision happened on 25/01/2010 at about 9 pm.', '25/01', '2010-02-20')).toBe(
      '2010-01-25',
    );
  });
});

describe('resolveDates: years and tense', () => {
  it('reads "mid-2010" and "fiscal 2009" as years', () => {
    expect(dateOf('The terminal is expected to open in mid-2010.', '2010', '2009-11-20')).toBe('2010');
    expect(dateOf('The company expects sales to fall in fiscal 2009.', '2009', '2008-10-30')).toBe('2009');
  });

  it('lets the verb of the clause govern a weekday, not a plan reported after "that"', () => {
    const text = 'The president said in a televised address late Tuesday that he would not run again.';
    expect(dateOf(text, 'Tuesday', '2011-02-02')).toBe('2011-02-01');
  });

  it('reads a weekday after a phrasal verb in the future as the coming one', () => {
    expect(dateOf('The midterm elections will be held on Tuesday.', 'Tuesday', '2010-10-31')).toBe(
      '2010-11-02',
    );
  });

  it('reads a called-for protest on a weekday as the coming one, a call made on a weekday as past', () => {
    expect(dateOf('Opposition leaders have called for a march on Friday.', 'Friday', '2011-02-02')).toBe(
      '2011-02-04',
    );
    expect(dateOf('The minister called for calm on Friday.', 'Friday', '2011-02-02')).toBe('2011-01-28');
  });
});
