import { createFetcher, type Fetcher, type FetcherOptions } from '../../../src/fetching/fetch-page';
import { FetchError } from '../../../src/fetching/errors';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';

/**
 * The target is a server on 127.0.0.1 holding a "secret". Every hostile URL below points at it
 * (or at a private address nothing listens on). Each must be refused before the target accepts
 * a single connection; names that resolve to private non-loopback addresses must not even try
 * to connect (tests/support/no-internet.ts would throw a different error if they did).
 */
const PUBLIC = '93.184.216.34';

let target: FixtureServer;
let relay: FixtureServer;
const fetchers: Fetcher[] = [];

function fetcher(options: FetcherOptions = {}): Fetcher {
  const f = createFetcher({
    allowedPorts: [80, 443, target.port],
    connectTimeoutMs: 500,
    timeoutMs: 3000,
    ...options,
  });
  fetchers.push(f);
  return f;
}

async function refusal(f: Fetcher, url: string): Promise<FetchError> {
  const err: unknown = await f.fetchPage(url).then(
    () => new Error(`fetched ${url}`),
    (e: unknown) => e,
  );
  if (!(err instanceof FetchError)) throw err;
  return err;
}

beforeAll(async () => {
  target = await startFixtureServer({ '/secret': { body: '<p>instance credentials</p>' } });
  relay = await startFixtureServer();
});

afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await Promise.all([target.close(), relay.close()]);
});

describe('SSRF guard', () => {
  it('reaches the target when its host:port is on the allow list (the setup itself works)', async () => {
    const before = target.connections;
    const page = await fetcher({ allow: [`127.0.0.1:${target.port}`] }).fetchPage(`${target.url}/secret`);
    expect(page.body).toContain('instance credentials');
    expect(target.connections).toBe(before + 1);
  });

  describe('loopback literals in any spelling', () => {
    const spellings = [
      '127.0.0.1',
      '2130706433',
      '0x7f000001',
      '0177.0.0.1',
      '127.1',
      '0x7f.1',
      '127.0.0.1.',
      '%31%32%37.0.0.1',
      '0',
      '0.0.0.0',
      '[::1]',
      '[::]',
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      '[0:0:0:0:0:ffff:127.0.0.1]',
      '[::127.0.0.1]',
      '[64:ff9b::127.0.0.1]',
      '[2002:7f00:1::]',
    ];
    it.each(spellings)('refuses http://%s:PORT/ and the target sees no connection', async (host) => {
      const before = target.connections;
      const err = await refusal(fetcher(), `http://${host}:${target.port}/secret`);
      expect(err.code).toBe('BLOCKED_ADDRESS');
      expect(err.message).toBe('that address is not on the public internet, so it was not fetched');
      expect(target.connections).toBe(before);
    });
  });

  describe('private, link-local, CGNAT, multicast and reserved literals', () => {
    const literals = [
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '0xa9fea9fe',
      '2852039166',
      '100.64.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '192.0.2.1',
      '240.0.0.1',
      '[fc00::1]',
      '[fd12:3456::1]',
      '[fe80::1]',
      '[ff02::1]',
      '[::ffff:10.0.0.1]',
      '[::ffff:169.254.169.254]',
      '[64:ff9b::a9fe:a9fe]',
      '[2002:a9fe:a9fe::]',
      '[2001:0:4136:e378:8000:63bf:3fff:fdd2]',
    ];
    it.each(literals)('refuses http://%s/ without connecting', async (host) => {
      const err = await refusal(fetcher(), `http://${host}/latest/meta-data/`);
      expect(err.code).toBe('BLOCKED_ADDRESS');
      expect(err.retryable).toBe(false);
    });
  });

  describe('host names resolving to non-public addresses', () => {
    const answers: Record<string, string> = {
      'loop.evil.test': '127.0.0.1',
      'loop6.evil.test': '::1',
      'mapped.evil.test': '::ffff:127.0.0.1',
      'zero.evil.test': '0.0.0.0',
      'private.evil.test': '10.0.0.1',
      'home.evil.test': '192.168.0.10',
      'metadata.evil.test': '169.254.169.254',
      'cgnat.evil.test': '100.64.12.1',
      'multicast.evil.test': '239.1.1.1',
      'ula.evil.test': 'fd00::5',
      'linklocal6.evil.test': 'fe80::abcd',
      'nat64.evil.test': '64:ff9b::a00:1',
      'sixtofour.evil.test': '2002:a00:1::1',
    };
    const lookup = async (name: string) => {
      const address = answers[name];
      if (address === undefined)
        throw Object.assign(new Error(`no such host ${name}`), { code: 'ENOTFOUND' });
      return [{ address, family: address.includes(':') ? (6 as const) : (4 as const) }];
    };
    it.each(Object.entries(answers))('refuses %s (-> %s) and the target sees no connection', async (name) => {
      const before = target.connections;
      const err = await refusal(fetcher({ lookup }), `http://${name}:${target.port}/secret`);
      expect(err.code).toBe('BLOCKED_ADDRESS');
      expect(target.connections).toBe(before);
    });

    it('refuses a name whose answers mix a public and a loopback address', async () => {
      const before = target.connections;
      const mixed = async () => [
        { address: PUBLIC, family: 4 as const },
        { address: '127.0.0.1', family: 4 as const },
      ];
      const err = await refusal(fetcher({ lookup: mixed }), `http://mixed.evil.test:${target.port}/secret`);
      expect(err.code).toBe('BLOCKED_ADDRESS');
      expect(target.connections).toBe(before);
    });

    it('refuses a rebinding name (public on the first lookup, 127.0.0.1 on the next)', async () => {
      const before = target.connections;
      let lookups = 0;
      const rebinding = async () => {
        lookups += 1;
        return [{ address: lookups === 1 ? PUBLIC : '127.0.0.1', family: 4 as const }];
      };
      const err = await refusal(
        fetcher({ lookup: rebinding }),
        `http://rebind.evil.test:${target.port}/secret`,
      );
      expect(err.code).toBe('BLOCKED_ADDRESS');
      expect(lookups).toBe(2);
      expect(target.connections).toBe(before);
    });

    it('allows a listed name even though it resolves to loopback (intranet use)', async () => {
      const f = fetcher({ lookup, allow: [`loop.evil.test:${target.port}`] });
      const page = await f.fetchPage(`http://loop.evil.test:${target.port}/secret`);
      expect(page.body).toContain('instance credentials');
    });
  });

  describe('redirects from an allowed page', () => {
    const lookup = async () => [{ address: '127.0.0.1', family: 4 as const }];
    const hostile = [
      ['/to-loopback', () => `http://127.0.0.1:${target.port}/secret`, 'BLOCKED_ADDRESS'],
      ['/to-decimal', () => `http://2130706433:${target.port}/secret`, 'BLOCKED_ADDRESS'],
      ['/to-ipv6-loopback', () => `http://[::1]:${target.port}/secret`, 'BLOCKED_ADDRESS'],
      ['/to-name', () => `http://loop.evil.test:${target.port}/secret`, 'BLOCKED_ADDRESS'],
      ['/to-metadata', () => 'http://169.254.169.254/latest/meta-data/', 'BLOCKED_ADDRESS'],
      ['/to-ssh-port', () => 'http://example.test:22/', 'BLOCKED_ADDRESS'],
      ['/to-file', () => 'file:///etc/passwd', 'INVALID_URL'],
      ['/to-gopher', () => 'gopher://127.0.0.1:6379/_INFO', 'INVALID_URL'],
    ] as const;
    it.each(hostile)('refuses the hop %s and the target sees no connection', async (path, location, code) => {
      relay.route(path, { status: 302, headers: { location: location() } });
      const before = target.connections;
      const f = fetcher({ lookup, allow: [`127.0.0.1:${relay.port}`] });
      const err = await refusal(f, `${relay.url}${path}`);
      expect(err.code).toBe(code);
      expect(relay.hits.get(path)).toBe(1);
      expect(target.connections).toBe(before);
    });
  });

  describe('URLs refused before any lookup', () => {
    const noLookup = async (): Promise<never> => {
      throw new Error('the resolver must not be asked');
    };
    it.each([
      ['ftp://example.test/file.txt', 'INVALID_URL', 'only http and https links are fetched, not ftp'],
      ['file:///etc/passwd', 'INVALID_URL', 'only http and https links are fetched, not file'],
      ['javascript:alert(1)', 'INVALID_URL', 'only http and https links are fetched, not javascript'],
      [
        'http://user:secret@example.test/',
        'INVALID_URL',
        'links with a user name or password in them are not fetched',
      ],
      ['not a url', 'INVALID_URL', 'that is not a web address briefbot can read'],
      [
        'http://example.test:22/',
        'BLOCKED_ADDRESS',
        'links to port 22 are not fetched (allowed ports: 80, 443)',
      ],
      [
        'https://example.test:6379/',
        'BLOCKED_ADDRESS',
        'links to port 6379 are not fetched (allowed ports: 80, 443)',
      ],
    ])('refuses %s', async (url, code, message) => {
      const err = await refusal(createFetcherForUrlChecks(noLookup), url);
      expect(err.code).toBe(code);
      expect(err.message).toBe(message);
    });
  });
});

function createFetcherForUrlChecks(lookup: FetcherOptions['lookup'] & object): Fetcher {
  const f = createFetcher({ lookup });
  fetchers.push(f);
  return f;
}
