import { createFetcher } from '../../../src/fetching/fetch-page';
import { parseAllowEntry, parseFetchUrl, type UrlPolicy } from '../../../src/fetching/url-policy';

const policy = (allow: string[] = []): UrlPolicy => ({
  allowedPorts: new Set([80, 443]),
  allow: new Set(allow.map(parseAllowEntry)),
});

describe('which URLs the fetcher accepts', () => {
  it('canonicalises IPv4 literals in any spelling before the address check sees them', () => {
    for (const host of ['2130706433', '0x7f000001', '0177.0.0.1', '127.1', '127.0.0.1.']) {
      expect(parseFetchUrl(`http://${host}/`, policy()).hostname).toBe('127.0.0.1');
    }
    expect(parseFetchUrl('http://[::ffff:127.0.0.1]/', policy()).hostname).toBe('[::ffff:7f00:1]');
  });

  it('drops the fragment and resolves a relative redirect against the page it came from', () => {
    const hop = parseFetchUrl('../world/story?id=4#comments', policy(), 'https://news.example/a/b/page');
    expect(hop.url.href).toBe('https://news.example/a/world/story?id=4');
    expect(hop.port).toBe(443);
  });

  it('matches allow entries whatever their case or spelling, and lets their port through', () => {
    const p = policy(['Intranet.Example:8080', '[FD00::1]:80', '0x7f000001:3000']);
    expect(parseFetchUrl('http://intranet.example:8080/x', p).allowed).toBe(true);
    expect(parseFetchUrl('http://[fd00::1]/x', p).allowed).toBe(true);
    expect(parseFetchUrl('http://127.0.0.1:3000/x', p).allowed).toBe(true);
    expect(parseFetchUrl('http://intranet.example/x', p).allowed).toBe(false);
    expect(() => parseFetchUrl('http://intranet.example:8081/x', p)).toThrow(
      'links to port 8081 are not fetched',
    );
  });

  it.each(['intranet.example', 'intranet.example:0', 'intranet.example:99999', 'a b:80', ':80'])(
    'refuses to build a fetcher with the allow entry %p',
    (entry) => {
      expect(() => createFetcher({ allow: [entry] })).toThrow(/is not host:port|valid host name/);
    },
  );
});
