import zlib from 'node:zlib';
import { createFetcher, type Fetcher, type FetcherOptions } from '../../../src/fetching/fetch-page';
import { FetchError } from '../../../src/fetching/errors';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';

const html = (s: string) =>
  `<!doctype html><html><head><title>Harbour vote</title></head><body>${s}</body></html>`;
const ARTICLE = html(
  '<article><p>The harbour board voted on Tuesday to delay the dredging contract until March.</p></article>',
);

let site: FixtureServer;
const fetchers: Fetcher[] = [];

function fetcher(options: FetcherOptions = {}): Fetcher {
  const f = createFetcher({ allow: [`127.0.0.1:${site.port}`], timeoutMs: 3000, ...options });
  fetchers.push(f);
  return f;
}

async function failure(f: Fetcher, path: string): Promise<FetchError> {
  const err: unknown = await f.fetchPage(`${site.url}${path}`).then(
    () => new Error(`fetched ${path}`),
    (e: unknown) => e,
  );
  if (!(err instanceof FetchError)) throw err;
  return err;
}

beforeAll(async () => {
  site = await startFixtureServer({
    '/endless': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    '/gzip-bomb': {
      headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' },
      body: zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, ' ')),
    },
    '/brotli-bomb': {
      headers: { 'content-type': 'text/html', 'content-encoding': 'br' },
      body: zlib.brotliCompressSync(Buffer.alloc(8 * 1024 * 1024, ' '), {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 },
      }),
    },
    '/declared-huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<html>');
    },
    '/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('<'), 150);
      res.on('close', () => clearInterval(timer));
    },
    '/report.pdf': {
      headers: { 'content-type': 'application/pdf' },
      body: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'),
    },
    '/disguised': {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]),
    },
    '/gzipped': {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' },
      body: zlib.gzipSync(ARTICLE),
    },
    '/deflated': {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' },
      body: zlib.deflateSync(ARTICLE),
    },
    '/brotli': {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' },
      body: zlib.brotliCompressSync(ARTICLE),
    },
    '/untyped': { headers: {}, body: ARTICLE },
  });
});

afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await site.close();
});

describe('hostile and unusual responses', () => {
  it('stops an endless body with no Content-Length at the byte limit', async () => {
    const err = await failure(fetcher({ maxBytes: 256 * 1024 }), '/endless');
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toBe('the page is larger than 256 KB, so it was not read');
    expect(err.retryable).toBe(false);
  });

  it.each(['/gzip-bomb', '/brotli-bomb'])(
    'stops the compression bomb %s at the decompressed limit',
    async (path) => {
      const err = await failure(fetcher({ maxBytes: 1024 * 1024 }), path);
      expect(err.code).toBe('TOO_LARGE');
    },
  );

  it('refuses a body whose declared length is over the limit without reading it', async () => {
    const err = await failure(fetcher({ maxBytes: 1024 * 1024 }), '/declared-huge');
    expect(err.code).toBe('TOO_LARGE');
  });

  it('gives up on a slow drip when the total time runs out, even though bytes keep coming', async () => {
    const err = await failure(fetcher({ timeoutMs: 700 }), '/drip');
    expect(err.code).toBe('TIMEOUT');
    expect(err.retryable).toBe(true);
    expect(err.message).toBe('the site did not send the page within 700 ms');
  });

  it('refuses a PDF and says what it was', async () => {
    const err = await failure(fetcher(), '/report.pdf');
    expect(err.code).toBe('UNSUPPORTED_TYPE');
    expect(err.message).toBe('the link is application/pdf, not a web page');
  });

  it('refuses binary data served as text/html', async () => {
    const err = await failure(fetcher(), '/disguised');
    expect(err.code).toBe('UNSUPPORTED_TYPE');
    expect(err.message).toBe('the link is binary data served as text/html, not a web page');
  });

  it.each(['/gzipped', '/deflated', '/brotli'])('decodes a compressed page (%s)', async (path) => {
    const page = await fetcher().fetchPage(`${site.url}${path}`);
    expect(page.body).toBe(ARTICLE);
    expect(page.bytes).toBe(Buffer.byteLength(ARTICLE));
  });

  it('reads a page sent without a Content-Type as HTML', async () => {
    const page = await fetcher().fetchPage(`${site.url}/untyped`);
    expect(page.contentType).toBe('text/html');
    expect(page.body).toContain('dredging contract');
  });

  it('times out a host whose name never resolves, with the connect limit', async () => {
    const hang = () => new Promise<never>(() => undefined);
    const f = createFetcher({ lookup: hang, connectTimeoutMs: 100, timeoutMs: 3000 });
    fetchers.push(f);
    const err: unknown = await f.fetchPage('http://slow-dns.test/').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).code).toBe('TIMEOUT');
    expect((err as FetchError).message).toBe('the site did not accept a connection within 100 ms');
  });

  it('stops when the caller aborts, with the caller’s reason', async () => {
    const controller = new AbortController();
    const pending = fetcher().fetchPage(`${site.url}/drip`, controller.signal);
    setTimeout(() => controller.abort(new Error('shutting down')), 50);
    await expect(pending).rejects.toThrow('shutting down');
  });
});
