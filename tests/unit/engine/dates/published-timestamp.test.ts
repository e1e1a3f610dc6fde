import { fixedClock } from '../../../../src/clock/clock';
import { InvalidPublishedDateError, LocalEngine } from '../../../../src/engine/local/local-engine';

const engine = new LocalEngine({ clock: fixedClock('2024-05-20T09:00:00Z') });
const article = {
  title: 'Council to vote tonight',
  text: 'The public hearing opens today at 7:30 p.m. in the council chamber. A second reading is set for April 24.',
};

describe('a publication timestamp: later the same day is still to come', () => {
  it('keeps an evening event of a story published that morning, with its time', () => {
    const brief = engine.briefNow(article, { published: '2024-04-10T08:30:00-04:00' });
    expect(brief.published).toBe('2024-04-10');
    expect(brief.next.map((n) => [n.date, n.time])).toEqual([
      ['2024-04-10', '19:30'],
      ['2024-04-24', null],
    ]);
  });

  it('drops it from a story published after it, and from one whose time is unknown', () => {
    const late = engine.briefNow(article, { published: '2024-04-10T21:00' });
    const dayOnly = engine.briefNow(article, { published: '2024-04-10' });
    expect(late.next.map((n) => n.date)).toEqual(['2024-04-24']);
    expect(dayOnly.next.map((n) => n.date)).toEqual(['2024-04-24']);
  });

  it("reads the article's own timestamp", () => {
    const brief = engine.briefNow({ ...article, published: '2024-04-10T08:30:00Z' });
    expect(brief.publishedSource).toBe('article');
    expect(brief.next.map((n) => n.date)).toEqual(['2024-04-10', '2024-04-24']);
  });

  it('still refuses what is neither a day nor a timestamp', () => {
    expect(() => engine.briefNow(article, { published: '2024-04-10 at dawn' })).toThrow(
      InvalidPublishedDateError,
    );
  });
});
