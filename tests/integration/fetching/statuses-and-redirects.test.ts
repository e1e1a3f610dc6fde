import { createFetcher, type Fetcher } from '../../../src/fetching/fetch-page';
import { FetchError, UpstreamError } from '../../../src/fetching/errors';
import { freePort } from '../../support/redis-server';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';

const STORY =
  '<html><body><p>Rail unions called a second strike for 14 May after talks collapsed.</p></body></html>';

let site: FixtureServer;
let fetcher: Fetcher;

async function failure(path: string): Promise<FetchError> {
  const err: unknown = await fetcher.fetchPage(`${site.url}${path}`).then(
    () => new Error(`fetched ${path}`),
    (e: unknown) => e,
  );
  if (!(err instanceof FetchError)) throw err;
  return err;
}

beforeAll(async () => {
  site = await startFixtureServer({
    '/story': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: STORY },
    '/hop1': { status: 301, headers: { location: '/hop2' } },
    '/hop2': { status: 302, headers: { location: '/hop3?from=2' } },
    '/hop3': { status: 307, headers: { location: '/story' } },
    '/gone': { status: 410 },
    '/missing': { status: 404 },
    '/paywall': { status: 403 },
    '/login': { status: 401 },
    '/legal': { status: 451 },
    '/busy': { status: 429, headers: { 'retry-after': '120' } },
    '/down': { status: 503, headers: { 'retry-after': new Date(Date.now() + 60_000).toUTCString() } },
    '/broken': { status: 500 },
    '/teapot': { status: 418 },
  });
  for (let i = 1; i <= 6; i++)
    site.route(`/loop${i}`, { status: 302, headers: { location: `/loop${i + 1}` } });
  site.route('/loop7', { body: STORY });
  fetcher = createFetcher({ allow: [`127.0.0.1:${site.port}`], timeoutMs: 3000 });
});

afterAll(async () => {
  await fetcher.close();
  await site.close();
});

describe('statuses and redirects', () => {
  it('follows a chain of three redirects and reports each hop', async () => {
    const page = await fetcher.fetchPage(`${site.url}/hop1`);
    expect(page.url).toBe(`${site.url}/hop1`);
    expect(page.finalUrl).toBe(`${site.url}/story`);
    expect(page.redirects).toEqual([`${site.url}/hop2`, `${site.url}/hop3?from=2`, `${site.url}/story`]);
    expect(page.status).toBe(200);
    expect(page.body).toBe(STORY);
  });

  it('refuses a chain of six redirects and never fetches the sixth target', async () => {
    const err = await failure('/loop1');
    expect(err.code).toBe('TOO_MANY_REDIRECTS');
    expect(err.message).toBe('the link redirected more than 5 times');
    expect(site.hits.get('/loop6')).toBe(1);
    expect(site.hits.get('/loop7')).toBeUndefined();
  });

  it.each([
    ['/missing', 'NOT_FOUND', 404, 'the site answered 404: the page is not there'],
    ['/gone', 'NOT_FOUND', 410, 'the site answered 410: the page is not there any more'],
    ['/paywall', 'FORBIDDEN', 403, 'the site answered 403: the page is forbidden or paywalled'],
    ['/login', 'FORBIDDEN', 401, 'the site answered 401: the page is forbidden or paywalled'],
    ['/legal', 'FORBIDDEN', 451, 'the site answered 451: the page is forbidden or paywalled'],
    ['/teapot', 'UPSTREAM', 418, 'the site answered 418'],
  ])('turns %s into a permanent %s error', async (path, code, status, message) => {
    const err = await failure(path);
    expect({ code: err.code, status: err.status, message: err.message, retryable: err.retryable }).toEqual({
      code,
      status,
      message,
      retryable: false,
    });
  });

  it('marks 429 retryable and passes on Retry-After seconds', async () => {
    const err = await failure('/busy');
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err.message).toBe('the site answered 429: too many requests');
    expect(err.retryable).toBe(true);
    expect((err as UpstreamError).retryAfter).toBe(120);
  });

  it('marks 503 retryable and turns a Retry-After date into seconds', async () => {
    const err = (await failure('/down')) as UpstreamError;
    expect(err.message).toBe('the site answered 503: the site is having trouble');
    expect(err.retryable).toBe(true);
    expect(err.retryAfter).toBeGreaterThan(0);
    expect(err.retryAfter).toBeLessThanOrEqual(60);
  });

  it('marks a 500 retryable without a Retry-After', async () => {
    const err = (await failure('/broken')) as UpstreamError;
    expect(err.retryable).toBe(true);
    expect(err.retryAfter).toBeUndefined();
  });

  it('reports a refused connection as a retryable network error', async () => {
    const port = await freePort();
    const f = createFetcher({ allow: [`127.0.0.1:${port}`] });
    const err: unknown = await f.fetchPage(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    await f.close();
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).code).toBe('NETWORK');
    expect((err as FetchError).retryable).toBe(true);
    expect((err as FetchError).message).toBe('the site could not be reached (connection refused)');
  });
});
