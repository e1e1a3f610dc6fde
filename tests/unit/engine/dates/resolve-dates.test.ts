import { InvalidReferenceError, resolveDates } from '../../../../src/engine/local/dates/resolve-dates';

const dates = (text: string, reference: string): string[] => resolveDates(text, reference).map((m) => m.date);
const only = (text: string, reference: string): string => {
  const found = dates(text, reference);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('resolveDates: years across the new year', () => {
  it('puts a January date in a late-December article in the next year', () => {
    expect(only('The delegations will meet on January 10 in Vienna.', '2021-12-30')).toBe('2022-01-10');
    expect(only('Negotiators hope to close the file by January 12.', '2021-12-28')).toBe('2022-01-12');
  });

  it('keeps a past December date in the same year', () => {
    expect(only('The mayor said on December 28 that the bridge would stay closed.', '2021-12-31')).toBe(
      '2021-12-28',
    );
  });

  it('puts a past-tense December date in a January article in the previous year', () => {
    expect(only('The ferry sank on December 20, killing nine people.', '2022-01-04')).toBe('2021-12-20');
  });

  it('takes a stated year as it is', () => {
    expect(only('The founder was born in Lagos on March 3, 1951.', '2021-06-01')).toBe('1951-03-03');
    expect(only('Shares closed at their lowest level since October 1997.', '2009-02-24')).toBe('1997-10');
  });
});

describe('resolveDates: weekdays', () => {
  it('makes the year agree with a weekday named with the date', () => {
    // December 30 is a Thursday in 2021 only.
    expect(only('The presidents spoke by phone on Thursday, December 30.', '2022-01-03')).toBe('2021-12-30');
  });

  it('reads a bare weekday in a past sentence as the past one (or the day itself)', () => {
    expect(only('A regional official said Friday that the plant would be sold.', '2007-09-08')).toBe(
      '2007-09-07',
    );
    expect(only('The index closed higher on Monday.', '2009-10-12')).toBe('2009-10-12');
  });

  it('reads a bare weekday in a future sentence as the coming one', () => {
    expect(only('The committee will meet Tuesday to review the bids.', '2021-12-31')).toBe('2022-01-04');
  });

  it('resolves next Tuesday, tomorrow and yesterday from the reference day', () => {
    expect(only('Talks resume next Tuesday.', '2021-12-31')).toBe('2022-01-04');
    expect(only('The result is expected tomorrow.', '2021-12-31')).toBe('2022-01-01');
    expect(only('The airline cancelled flights yesterday.', '2011-10-06')).toBe('2011-10-05');
  });
});

describe('resolveDates: granularity', () => {
  it('gives a month when only the month is known', () => {
    expect(only('The regulator will rule later this month.', '2004-11-18')).toBe('2004-11');
    expect(only('A new fare schedule starts next month.', '2021-12-31')).toBe('2022-01');
    expect(only('Construction should begin in early March.', '2021-12-31')).toBe('2022-03');
    expect(only('Sales fell sharply last month.', '2009-02-03')).toBe('2009-01');
  });

  it('puts a past month without a year in the months before the article', () => {
    expect(only('The lawsuit was filed in January over hearing loss.', '2006-04-05')).toBe('2006-01');
    expect(only('The leaders recalled the summit they held in June.', '2021-12-31')).toBe('2021-06');
  });

  it('gives a year for next year, in 2014 and the like', () => {
    expect(only('Elections are planned for next year.', '2021-12-31')).toBe('2022');
    expect(only('Moscow annexed the peninsula in 2014.', '2021-12-31')).toBe('2014');
    expect(only('Output has not been this low since 1983.', '2009-04-04')).toBe('1983');
  });

  it('reads the end of the year as its last month', () => {
    expect(only('The stake should rise to 57% by the end of this year.', '2011-05-29')).toBe('2011-12');
    expect(only('The work will be finished by the end of the year.', '2021-03-02')).toBe('2021-12');
  });

  it('gives seasons and quarters the month they start in', () => {
    expect(only('The museum will reopen this summer.', '2022-02-10')).toBe('2022-06');
    expect(only('Profits rose in the third quarter of 2021.', '2022-02-10')).toBe('2021-07');
  });

  it('reads "the same month a year ago" from the month named before it', () => {
    expect(
      dates('Car sales fell 35% in January, compared to the same month a year ago.', '2009-02-03'),
    ).toEqual(['2009-01', '2008-01']);
  });
});

describe('resolveDates: ranges, times and zones', () => {
  it('gives the start of a range', () => {
    expect(only('The festival runs from 12 to 15 January.', '2021-12-20')).toBe('2022-01-12');
    expect(only('Hearings are set for 12 and 13 January.', '2021-12-20')).toBe('2022-01-12');
  });

  it('keeps the time and zone stated with a date', () => {
    const [m] = resolveDates('The vote opens on January 10 at 10:00 GMT.', '2021-12-31');
    expect(m).toMatchObject({
      date: '2022-01-10',
      time: '10:00',
      timezone: 'GMT',
      text: 'January 10 at 10:00 GMT',
    });
  });

  it('reports the expression text and its offset in the input', () => {
    const text = 'After weeks of delay, the launch is scheduled for March 4.';
    const [m] = resolveDates(text, '2022-02-01');
    expect(m).toMatchObject({ text: 'March 4', granularity: 'day' });
    expect(text.slice(m!.index, m!.index + m!.text.length)).toBe('March 4');
  });
});

describe('resolveDates: things that are not dates', () => {
  it.each([
    'The ceasefire will hold for 90 days.',
    'The carrier will add four flights a week.',
    'The company will pay a dividend of $1.20 a share.',
    'The hotline runs 24/7.',
    'The home side won 3-1.',
    'She died at the age of 56.',
    'The plant employs 2009 people.',
    'Rents doubled in the 1990s.',
    'The meeting lasted about fifty minutes.',
    'Troops will march through the capital.',
  ])('finds no date in %j', (text) => {
    expect(resolveDates(text, '2021-12-31')).toEqual([]);
  });

  it('returns nothing for empty, dateless or non-English text', () => {
    expect(resolveDates('', '2021-12-31')).toEqual([]);
    expect(resolveDates('The committee discussed the budget.', '2021-12-31')).toEqual([]);
    expect(resolveDates('Правительство обсудило бюджет.', '2021-12-31')).toEqual([]);
  });

  it('refuses a reference that is not a calendar day', () => {
    expect(() => resolveDates('on Monday', '2021-02-30')).toThrow(InvalidReferenceError);
  });
});
