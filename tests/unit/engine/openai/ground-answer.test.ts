import { ArticleIndex } from '../../../../src/engine/openai/article-index';
import { groundAnswer } from '../../../../src/engine/openai/ground-answer';
import type { ModelAnswer } from '../../../../src/engine/openai/model-answer';
import { correctPortAnswer, portStrikeArticle } from '../../../fixtures/openai/port-strike-article';

const index = new ArticleIndex(portStrikeArticle.title, portStrikeArticle.text);
const correct = correctPortAnswer as ModelAnswer;
const next = (over: Partial<ModelAnswer['next'][number]>): ModelAnswer['next'][number] => ({
  ...correct.next[0]!,
  ...over,
});

describe('grounding a model answer in the article', () => {
  it('keeps a correct answer: dates with quotes that say them, people the article names', () => {
    const g = groundAnswer(correct, index, '2024-03-04');
    expect(g.next.map((n) => n.date)).toEqual(['2024-03-18', '2024-03-12', '2024-04-04']);
    expect(g.next[2]).toMatchObject({
      where: 'Brussels',
      quote: 'before European transport ministers meet in Brussels on April 4',
    });
    expect(g.who.map((p) => p.name)).toEqual(['Marieke van Dalen', 'Pieter Jansen', 'FNV', 'Deltalinqs']);
    expect(g.dropped).toEqual([]);
  });

  it('drops a date whose quote is not in the article', () => {
    const g = groundAnswer(
      { ...correct, next: [next({ date: '2024-05-02', quote: 'a court hearing is set for May 2' })] },
      index,
      '2024-03-04',
    );
    expect(g.next).toEqual([]);
    expect(g.dropped[0]).toMatch(/not in the article/);
  });

  it('drops a date the quote does not give (the resolver reads another date)', () => {
    const g = groundAnswer({ ...correct, next: [next({ date: '2024-03-19' })] }, index, '2024-03-04');
    expect(g.next).toEqual([]);
    expect(g.dropped[0]).toMatch(/does not give that date/);
  });

  it('drops a date that is not after publication', () => {
    const g = groundAnswer(
      { ...correct, next: [next({ date: '2024-01-15', quote: 'Talks first opened on January 15' })] },
      index,
      '2024-03-04',
    );
    expect(g.next).toEqual([]);
  });

  it('finds a quote whatever its whitespace and quote marks, and keeps the article’s own text', () => {
    const g = groundAnswer(
      { ...correct, next: [next({ quote: 'a walkout   could begin\non March 18' })] },
      index,
      '2024-03-04',
    );
    expect(g.next[0]?.quote).toBe('a walkout could begin on March 18');
  });

  it('drops people the article does not name and aliases it does not use', () => {
    const g = groundAnswer(
      {
        ...correct,
        who: [
          { name: 'Ursula Brandt', kind: 'person', role: 'CEO', aliases: [] },
          { name: 'Pieter Jansen', kind: 'person', role: null, aliases: ['Piet Jansen', 'Jansen'] },
        ],
      },
      index,
      '2024-03-04',
    );
    expect(g.who).toEqual([{ name: 'Pieter Jansen', kind: 'person', aliases: ['Jansen'] }]);
    expect(g.dropped).toEqual(['who "Ursula Brandt": not in the article']);
  });

  it('takes time from the article, not from the model', () => {
    const g = groundAnswer(
      { ...correct, next: [next({ time: '09:30', timezone: 'Europe/Amsterdam' })] },
      index,
      '2024-03-04',
    );
    expect(g.next[0]).toMatchObject({ time: null, timezone: null });
  });

  it('strips @channel from what', () => {
    expect(
      groundAnswer({ ...correct, what: '@channel Dock workers will vote.' }, index, '2024-03-04').what,
    ).toBe('Dock workers will vote.');
  });
});
