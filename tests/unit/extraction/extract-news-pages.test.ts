import { closeExtractionPool, extractArticle } from '../../../src/extraction/extract-article';
import { loadFixturePages } from './fixture-pages';

afterAll(async () => {
  await closeExtractionPool();
});

const pages = loadFixturePages();

describe.each(pages.map((p) => [p.name, p] as const))('the news page %s', (_name, page) => {
  it('comes out as the article text a reader sees, without furniture', async () => {
    const article = await extractArticle(page.html, { url: page.expected.pageUrl });
    expect(article.text).toBe(page.gold);
  });

  it('comes out with its title, date, site, byline, language and canonical URL', async () => {
    const article = await extractArticle(page.html, { url: page.expected.pageUrl });
    const { pageUrl: _pageUrl, health, ...metadata } = page.expected;
    expect({
      title: article.title,
      published: article.published,
      site: article.site,
      byline: article.byline,
      lang: article.lang,
      url: article.url,
    }).toEqual({
      published: undefined,
      site: undefined,
      byline: undefined,
      lang: undefined,
      url: undefined,
      ...metadata,
    });
    expect(article.health).toEqual({ chars: page.gold.length, ...health });
  });
});

it('has fixture pages to check', () => {
  expect(pages.length).toBeGreaterThanOrEqual(6);
});
