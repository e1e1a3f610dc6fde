import { createFetcher, type Fetcher } from '../../../src/fetching/fetch-page';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';

/** "Le café de l’Hôtel de Ville rouvre – 12 € le menu" in windows-1252 bytes. */
const CP1252_TEXT = 'Le café de l’Hôtel de Ville rouvre – 12 € le menu';
const cp1252 = (s: string): Buffer => {
  const extra: Record<string, number> = { '’': 0x92, '–': 0x96, '€': 0x80, '“': 0x93, '”': 0x94 };
  return Buffer.from([...s].map((ch) => extra[ch] ?? ch.charCodeAt(0)));
};
const page = (head: string) =>
  cp1252(`<html><head>${head}<title>Mairie</title></head><body><p>${CP1252_TEXT}</p></body></html>`);

let site: FixtureServer;
let fetcher: Fetcher;

beforeAll(async () => {
  site = await startFixtureServer({
    '/header': { headers: { 'content-type': 'text/html; charset=windows-1252' }, body: page('') },
    '/meta': { headers: { 'content-type': 'text/html' }, body: page('<meta charset="windows-1252">') },
    '/http-equiv': {
      headers: { 'content-type': 'text/html' },
      body: page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
    },
    '/header-wins': {
      headers: { 'content-type': 'text/html; charset="Windows-1252"' },
      body: page('<meta charset="utf-8">'),
    },
    '/unknown-label': {
      headers: { 'content-type': 'text/html; charset=x-klingon' },
      body: Buffer.from(`<html><body><p>Zürich council approves budget</p></body></html>`, 'utf8'),
    },
    '/plain': {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'Wire copy: Zürich, 3 June.',
    },
    '/utf8-bom': {
      headers: { 'content-type': 'text/html; charset=windows-1252' },
      body: Buffer.from('\ufeff<p>naïve</p>', 'utf8'),
    },
  });
  fetcher = createFetcher({ allow: [`127.0.0.1:${site.port}`] });
});

afterAll(async () => {
  await fetcher.close();
  await site.close();
});

describe('character sets', () => {
  it.each(['/header', '/meta', '/http-equiv', '/header-wins'])(
    'decodes a windows-1252 page found via %s',
    async (path) => {
      const result = await fetcher.fetchPage(`${site.url}${path}`);
      expect(result.charset).toBe('windows-1252');
      expect(result.body).toContain(CP1252_TEXT);
    },
  );

  it('falls back to UTF-8 when the site names a charset nobody knows', async () => {
    const result = await fetcher.fetchPage(`${site.url}/unknown-label`);
    expect(result.charset).toBe('utf-8');
    expect(result.body).toContain('Zürich council');
  });

  it('reads text/plain pages', async () => {
    const result = await fetcher.fetchPage(`${site.url}/plain`);
    expect(result.contentType).toBe('text/plain');
    expect(result.body).toBe('Wire copy: Zürich, 3 June.');
  });

  it('lets a UTF-8 byte-order mark win over the header', async () => {
    const result = await fetcher.fetchPage(`${site.url}/utf8-bom`);
    expect(result.charset).toBe('utf-8');
    expect(result.body).toBe('<p>naïve</p>');
  });
});
