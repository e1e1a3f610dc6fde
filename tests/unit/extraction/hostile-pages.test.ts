import { closeExtractionPool, extractArticle } from '../../../src/extraction/extract-article';
import { ExtractionError } from '../../../src/extraction/errors';
import { loadFixturePages } from './fixture-pages';

afterAll(async () => {
  await closeExtractionPool();
});

const normalPage = loadFixturePages().find((p) => p.name === 'harbour-tribune-port-strike')!;

async function failureOf(promise: Promise<unknown>): Promise<ExtractionError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ExtractionError) return err;
    throw err;
  }
  throw new Error('extraction was expected to fail');
}

it('refuses a page of 100,000 nested divs as too complex, and the next page still extracts', async () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}Hello${'</div>'.repeat(100_000)}</body></html>`;
  const err = await failureOf(extractArticle(html));
  expect(err.code).toBe('TOO_COMPLEX');
  expect(err.retryable).toBe(false);
  expect(err.message).toMatch(/nests elements more than \d+ deep/);
  await expect(extractArticle(normalPage.html)).resolves.toMatchObject({ title: normalPage.expected.title });
});

it('refuses a page of a million elements before parsing it', async () => {
  const html = `<html><body>${'<span>x</span>'.repeat(1_000_000)}</body></html>`;
  const err = await failureOf(extractArticle(html));
  expect(err.code).toBe('TOO_COMPLEX');
  expect(err.message).toContain('more than 200000 elements');
});

it('honours a lower element limit when asked', async () => {
  const err = await failureOf(extractArticle(normalPage.html, { maxElements: 20 }));
  expect(err.code).toBe('TOO_COMPLEX');
});

it('abandons a page that takes longer than the time limit, and the pool keeps working', async () => {
  // 300 nested divs keep Readability busy for well over a second.
  const html = `<html><body>${'<div>'.repeat(300)}${'<p>Slow going. </p>'.repeat(50)}${'</div>'.repeat(300)}</body></html>`;
  const err = await failureOf(extractArticle(html, { timeoutMs: 50 }));
  expect(err.code).toBe('EXTRACTION_TIMEOUT');
  expect(err.message).toContain('50 ms');
  const results = await Promise.all([
    extractArticle(normalPage.html),
    extractArticle(normalPage.html),
    extractArticle(normalPage.html),
  ]);
  expect(results.map((a) => a.text)).toEqual([normalPage.gold, normalPage.gold, normalPage.gold]);
});

it('says a page with no article text is not an article', async () => {
  const err = await failureOf(
    extractArticle(
      '<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>',
    ),
  );
  expect(err.code).toBe('NOT_AN_ARTICLE');
});
