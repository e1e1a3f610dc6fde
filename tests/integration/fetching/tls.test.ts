import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createFetcher, type Fetcher } from '../../../src/fetching/fetch-page';
import { FetchError } from '../../../src/fetching/errors';

/** A self-signed certificate for news.test (made for these tests with openssl, valid 100 years). */
const fixtures = path.join(__dirname, 'fixtures');
const serverNames: string[] = [];
let server: https.Server;
let port: number;
let fetcher: Fetcher;

beforeAll(async () => {
  server = https.createServer(
    {
      key: fs.readFileSync(path.join(fixtures, 'news-test-key.pem')),
      cert: fs.readFileSync(path.join(fixtures, 'news-test-cert.pem')),
      SNICallback: (name, done) => {
        serverNames.push(name);
        done(null, undefined);
      },
    },
    (_req, res) => res.end('<p>secure</p>'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
  fetcher = createFetcher({
    allow: [`news.test:${port}`],
    lookup: async () => [{ address: '127.0.0.1', family: 4 }],
  });
});

afterAll(async () => {
  await fetcher.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('https through the guarded connector', () => {
  it('connects to the checked address but still sends the host name for SNI and checks the certificate', async () => {
    const err: unknown = await fetcher.fetchPage(`https://news.test:${port}/story`).catch((e: unknown) => e);
    expect(serverNames).toEqual(['news.test']);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).code).toBe('NETWORK');
    expect((err as FetchError).message).toBe(
      'the site could not be reached (its security certificate is not valid)',
    );
  });
});
