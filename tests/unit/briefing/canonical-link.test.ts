import { createWebArticleSource } from '../../../src/briefing/web-article-source';
import type { Article } from '../../../src/engine/article';

/** The URL the brief (and so the channel, the store and the ICS feed) ends up with for a page's canonical link. */
async function briefedUrl(fetchedUrl: string, canonical: string | undefined): Promise<string | undefined> {
  const source = createWebArticleSource({
    fetchPage: async () => ({ finalUrl: fetchedUrl, body: '<html></html>' }),
    extract: async (): Promise<Article> => ({
      title: 'Story',
      text: 'Text of the story.',
      ...(canonical !== undefined ? { url: canonical } : {}),
    }),
  });
  return (await source.load(fetchedUrl)).url;
}

describe("a page's canonical link (or og:url)", () => {
  const fetched = 'https://m.news.example/2026/12/story?utm_source=x';

  it('replaces the fetched URL when it is http(s) on the same registrable domain', async () => {
    await expect(briefedUrl(fetched, 'https://www.news.example/2026/12/story')).resolves.toBe(
      'https://www.news.example/2026/12/story',
    );
    await expect(briefedUrl(fetched, 'http://news.example/2026/12/story')).resolves.toBe(
      'http://news.example/2026/12/story',
    );
    await expect(briefedUrl('http://127.0.0.1:8080/a?x=1', 'http://127.0.0.1:8080/a')).resolves.toBe(
      'http://127.0.0.1:8080/a',
    );
  });

  it.each([
    ['a javascript: link', 'javascript:alert(1)'],
    ['a data: link', 'data:text/html,<script>alert(1)</script>'],
    ['another site', 'https://evil.example/2026/12/story'],
    ['a look-alike ending in the same name', 'https://evilnews.example/2026/12/story'],
    ['an ftp link on the same site', 'ftp://news.example/story'],
    ['credentials in the link', 'https://user:pw@news.example/story'],
  ])('is ignored when it is %s: the fetched URL is kept', async (_what, canonical) => {
    await expect(briefedUrl(fetched, canonical)).resolves.toBe(fetched);
  });

  it('does not let two sites under one public suffix claim each other', async () => {
    await expect(briefedUrl('https://paper.co.uk/story', 'https://other.co.uk/story')).resolves.toBe(
      'https://paper.co.uk/story',
    );
    await expect(briefedUrl('https://alice.github.io/post', 'https://bob.github.io/post')).resolves.toBe(
      'https://alice.github.io/post',
    );
  });

  it('keeps the fetched URL when the page names none', async () => {
    await expect(briefedUrl(fetched, undefined)).resolves.toBe(fetched);
  });
});
