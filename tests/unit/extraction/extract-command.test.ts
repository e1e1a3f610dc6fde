import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import zlib from 'node:zlib';
import { main } from '../../../src/app/cli/main';
import { fixedClock } from '../../../src/clock/clock';
import { closeExtractionPool } from '../../../src/extraction/extract-article';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { PAGES_DIR, loadFixturePages } from './fixture-pages';

const pages = loadFixturePages();
const page = (name: string) => pages.find((p) => p.name === name)!;
let tmp: string;
let site: FixtureServer;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-extract-'));
  site = await startFixtureServer({
    '/business/felmouth-strike': {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: fs.readFileSync(path.join(PAGES_DIR, 'harbour-tribune-port-strike.html')),
    },
    '/moved': { status: 301, headers: { location: '/business/felmouth-strike' } },
    '/report.pdf': { headers: { 'content-type': 'application/pdf' }, body: Buffer.from('%PDF-1.7 binary') },
  });
});

afterAll(async () => {
  await site.close();
  await closeExtractionPool();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(['node', 'briefbot', 'extract', ...args], {
    stdout,
    stderr,
    env,
    clock: fixedClock(new Date('2024-06-01T00:00:00Z')),
  });
  return { code, out, err };
}

it('prints the article of an HTML file as JSON', async () => {
  const { code, out } = await run([path.join(PAGES_DIR, 'quotidien-rhone-plan-velo.html'), '--json']);
  expect(code).toBe(0);
  const expected = page('quotidien-rhone-plan-velo');
  expect(JSON.parse(out)).toEqual({
    title: expected.expected.title,
    text: expected.gold,
    published: '2022-05-19',
    site: 'Le Quotidien du Rhône',
    byline: 'Élodie Garnier',
    lang: 'fr',
    url: 'https://www.quotidien-rhone.example/regions/sommet-lyon-plan-velo',
  });
});

it('writes one JSON file per input into --out, named after the input, including .html.gz pages', async () => {
  const gz = path.join(tmp, 'valley-courier.html.gz');
  fs.writeFileSync(
    gz,
    zlib.gzipSync(fs.readFileSync(path.join(PAGES_DIR, 'valley-courier-council-vote.html'))),
  );
  const htm = path.join(tmp, 'wire.htm');
  fs.copyFileSync(path.join(PAGES_DIR, 'wire-geneva-talks.html'), htm);
  const outDir = path.join(tmp, 'out');
  const { code, err } = await run([
    gz,
    htm,
    path.join(PAGES_DIR, 'harbour-tribune-port-strike.html'),
    '--out',
    outDir,
  ]);
  expect({ code, err }).toEqual({ code: 0, err: '' });
  expect(fs.readdirSync(outDir).sort()).toEqual([
    'harbour-tribune-port-strike.json',
    'valley-courier.json',
    'wire.json',
  ]);
  const wire = JSON.parse(fs.readFileSync(path.join(outDir, 'wire.json'), 'utf8')) as {
    text: string;
    published: string;
  };
  expect(wire).toMatchObject({ text: page('wire-geneva-talks').gold, published: '2022-01-07' });
  const valley = JSON.parse(fs.readFileSync(path.join(outDir, 'valley-courier.json'), 'utf8')) as {
    text: string;
  };
  expect(valley.text).toBe(page('valley-courier-council-vote').gold);
});

it('reports a failing input clearly, still extracts the others, and exits 1', async () => {
  const nested = path.join(tmp, 'nested.html');
  fs.writeFileSync(nested, `<html><body>${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}</body></html>`);
  const { code, out, err } = await run([
    path.join(tmp, 'missing.html'),
    nested,
    path.join(PAGES_DIR, 'wire-geneva-talks.html'),
    '--json',
  ]);
  expect(code).toBe(1);
  expect(err).toContain('no such file: ');
  expect(err).toContain('nests elements more than 400 deep');
  expect(out.trim().split('\n')).toHaveLength(1);
  expect((JSON.parse(out) as { title: string }).title).toBe(page('wire-geneva-talks').expected.title);
});

it('fetches a URL through redirects and extracts it, with the final URL as the article URL', async () => {
  const { code, out, err } = await run([`${site.url}/moved`, '--json'], {
    BRIEFBOT_FETCH_ALLOW: `127.0.0.1:${site.port}`,
  });
  expect(err).toBe('');
  expect(code).toBe(0);
  const article = JSON.parse(out) as { text: string; published: string };
  expect(article).toMatchObject({ text: page('harbour-tribune-port-strike').gold, published: '2024-03-14' });
});

it('says why a URL could not be fetched: a local address without the allow-list, or a PDF', async () => {
  const hitsBefore = site.totalHits;
  const blocked = await run([`${site.url}/business/felmouth-strike`]);
  expect(blocked.code).toBe(1);
  expect(blocked.err).toContain(
    `${site.url}/business/felmouth-strike: links to port ${site.port} are not fetched`,
  );
  expect(site.totalHits).toBe(hitsBefore);
  const pdf = await run([`${site.url}/report.pdf`], { BRIEFBOT_FETCH_ALLOW: `127.0.0.1:${site.port}` });
  expect(pdf.code).toBe(1);
  expect(pdf.err).toMatch(/pdf/i);
});

describe('--url on a saved page', () => {
  const undated =
    '<!doctype html><html><head><title>Ferry timetable under review</title></head><body><article><h1>Ferry timetable under review</h1>' +
    '<p>The harbour board met on Monday to discuss the ferry timetable for the coming winter, which islanders say leaves them stranded on weekends.</p>' +
    '<p>Board members said a decision would follow a consultation with residents and the ferry operator later in the year.</p>' +
    '</article></body></html>';

  it('gives the file the address it came from: its URL, site and the date in its path', async () => {
    const file = path.join(tmp, 'ferry.html');
    fs.writeFileSync(file, undated);
    const { code, out } = await run([
      file,
      '--json',
      '--url',
      'https://www.herald.example/news/2019/11/19/ferry-timetable',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      url: 'https://www.herald.example/news/2019/11/19/ferry-timetable',
      site: 'herald.example',
      published: '2019-11-19',
    });
  });

  it('refuses an address that is not http(s), and more than one file', async () => {
    const file = path.join(tmp, 'ferry.html');
    fs.writeFileSync(file, undated);
    const bad = await run([file, '--url', 'ftp://herald.example/x']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--url must be an http(s) address');
    const two = await run([file, file, '--url', 'https://herald.example/x']);
    expect(two.code).not.toBe(0);
    expect(two.err).toContain('exactly one file');
  });
});
