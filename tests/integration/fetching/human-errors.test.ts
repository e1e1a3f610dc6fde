import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFetcher } from '../../../src/fetching/fetch-page';
import { FetchError } from '../../../src/fetching/errors';
import { describeFailure } from '../../../src/briefing/describe-failure';

/** A plain-HTTP server: an https:// link to it fails in the TLS handshake, as a broken HTTPS site does. */
let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((_req, res) => res.end('<p>plain</p>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function failureOf(url: string, lookup: (host: string) => Promise<{ address: string; family: 4 }[]>) {
  const fetcher = createFetcher({ allow: [`broken.test:${port}`], lookup });
  try {
    const err: unknown = await fetcher.fetchPage(url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  } finally {
    await fetcher.close();
  }
}

describe('fetch failures people can read', () => {
  it('says the secure connection failed (no OpenSSL dump) and does not retry a TLS protocol failure', async () => {
    const err = await failureOf(`https://broken.test:${port}/story`, async () => [
      { address: '127.0.0.1', family: 4 },
    ]);
    expect(err.retryable).toBe(false);
    expect(err.message).toBe('the site’s secure connection failed (its HTTPS setup is broken or too old)');
    const verdict = describeFailure(err, `https://broken.test:${port}/story`);
    expect(verdict.permanent).toBe(true);
    expect(verdict.message).not.toMatch(/SSL routines|error:0A|ssl3_/);
  });

  it('says a host name that does not exist does not exist, and does not retry it', async () => {
    const err = await failureOf('https://no-such-paper.test/story', async (host) => {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    });
    expect(err.retryable).toBe(false);
    expect(err.message).toBe(
      'the site could not be reached (no such host no-such-paper.test: the address does not exist)',
    );
  });

  it('retries a DNS answer that may come back (EAI_AGAIN)', async () => {
    const err = await failureOf('https://flaky-dns.test/story', async () => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' });
    });
    expect(err.retryable).toBe(true);
  });
});
