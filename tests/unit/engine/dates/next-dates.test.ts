import { findNextDates } from '../../../../src/engine/local/dates/next-dates';
import { splitSentences } from '../../../../src/engine/local/sentences';

const next = (text: string, published: string) => findNextDates(splitSentences(text), published);

const ARTICLE = [
  'Delegates from both countries spoke by phone on Wednesday, December 29, as troops massed near the border.',
  'The leaders first met at a summit in June in Oslo, and spoke again at the beginning of December.',
  'The dispute began in 2014, when the eastern provinces broke away.',
  'With the approach of formal talks on January 10 in Vienna, both sides hardened their positions.',
  'A sign that the talks of January 10 will be difficult, the foreign minister has ruled out any concession.',
  'The talks will be followed, on January 12, by a meeting of the Baltic Council, then, on January 13, by a ministerial vote in Brussels.',
].join('\n\n');

describe('findNextDates', () => {
  it('keeps only scheduled events after publication, once each, sorted by date', () => {
    const items = next(ARTICLE, '2021-12-31');
    expect(items.map((i) => i.date)).toEqual(['2022-01-10', '2022-01-12', '2022-01-13']);
  });

  it('labels each event, names its place and quotes the text verbatim', () => {
    const items = next(ARTICLE, '2021-12-31');
    expect(items[0]).toMatchObject({ what: 'formal talks', where: 'Vienna' });
    expect(items[1]!.what).toMatch(/meeting/);
    expect(items[2]).toMatchObject({ what: 'ministerial vote', where: 'Brussels' });
    for (const item of items) {
      expect(ARTICLE).toContain(item.quote);
      expect(item.quote.length).toBeLessThanOrEqual(300);
    }
  });

  it('drops past references even when the month is still to come this year', () => {
    const text = 'The treaty was signed in June. Ministers met on March 3 to review it.';
    expect(next(text, '2022-01-15')).toEqual([]);
  });

  it('does not count the publication day itself', () => {
    expect(next('The video goes on sale from Thursday.', '2004-11-18')).toEqual([]);
  });

  it('keeps a later-this-month event as a month', () => {
    const items = next(
      'The premier hopes to raise the matter at the upcoming regional summit in Santiago later this month.',
      '2004-11-18',
    );
    expect(items).toEqual([expect.objectContaining({ date: '2004-11', where: 'Santiago' })]);
    expect(items[0]!.what).toMatch(/summit/);
  });

  it('rolls a January date into the next year and keeps the time and zone', () => {
    const items = next(
      'The board chairman plans to step down on January 15.\nThe vote opens on January 20 at 09:30 GMT.',
      '2013-12-10',
    );
    expect(items.map((i) => [i.date, i.time, i.timezone])).toEqual([
      ['2014-01-15', null, null],
      ['2014-01-20', '09:30', 'GMT'],
    ]);
    expect(items[0]!.what).toBe('board chairman plans to step down');
  });

  it('keeps present-tense schedules without a future verb', () => {
    const items = next('The payments service, which goes live on July 1, will carry ads.', '2010-06-08');
    expect(items.map((i) => i.date)).toEqual(['2010-07-01']);
  });

  it('returns nothing for dateless text, other languages or a bad publication date', () => {
    expect(next('The union and the employers discussed wages.', '2021-12-31')).toEqual([]);
    expect(next('Les négociations reprendront en janvier à Genève.', '2021-12-31')).toEqual([]);
    expect(next('Talks resume on January 10.', 'yesterday')).toEqual([]);
  });
});
