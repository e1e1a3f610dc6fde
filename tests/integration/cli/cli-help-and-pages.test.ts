import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../../src/app/cli/main';
import { fixedClock } from '../../../src/clock/clock';
import { closeExtractionPool } from '../../../src/extraction/extract-article';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry operator to restore winter sailings | Islands Herald</title>
<meta property="og:site_name" content="Islands Herald">
<meta property="article:published_time" content="2025-10-20T07:00:00Z">
</head><body><nav>Home · Islands · Transport</nav>
<article><h1>Ferry operator to restore winter sailings</h1>
<p>The island ferry operator will restore its full winter timetable on November 3, after a month of
cancellations left villages without a daily crossing.</p>
<p>Operations director Ingrid Solberg said two repaired vessels would return to service. "Crews are
ready," Solberg told the Islands Herald.</p>
</article><footer>© Islands Herald</footer></body></html>`;

async function run(args: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(['node', 'briefbot', ...args], {
    stdout,
    stderr,
    stdin: new PassThrough(),
    clock: fixedClock(new Date('2025-10-21T09:00:00Z')),
    env: { LOG_LEVEL: 'silent', ...env },
  });
  return { code, out, err };
}

let dir: string;
let site: FixtureServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-pages-'));
  site = await startFixtureServer({
    '/ferry': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page },
  });
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await site.close();
  await closeExtractionPool();
});

it('--help lists every command with a one-line description', async () => {
  const { code, out } = await run(['--help']);
  expect(code).toBe(0);
  for (const name of ['brief', 'dates', 'extract', 'serve', 'bot', 'worker', 'register-commands']) {
    expect(out).toMatch(new RegExp(`^\\s+${name}\\b.*\\S.*\\w`, 'm'));
  }
});

it('briefs a saved .html page with the page’s own publication date', async () => {
  const file = path.join(dir, 'ferry.html');
  fs.writeFileSync(file, page);
  const { code, out } = await run(['brief', file, '--json']);
  expect(code).toBe(0);
  const brief = JSON.parse(out) as {
    title: string;
    published: string;
    next: { date: string }[];
    who: { name: string }[];
  };
  expect(brief.title).toBe('Ferry operator to restore winter sailings');
  expect(brief.published).toBe('2025-10-20');
  expect(brief.next.map((n) => n.date)).toEqual(['2025-11-03']);
  expect(brief.who.map((p) => p.name)).toContain('Ingrid Solberg');
});

it('briefs a URL through the guarded fetcher, and refuses a local address unless allowed', async () => {
  const refused = await run(['brief', `${site.url}/ferry`, '--json']);
  expect(refused.code).toBe(1);
  expect(refused.err).toMatch(/^briefbot: .*127\.0\.0\.1/m);
  expect(refused.err).not.toMatch(/\n\s+at /);

  const { code, out } = await run(['brief', `${site.url}/ferry`, '--json', '--published', '2025-10-01'], {
    BRIEFBOT_FETCH_ALLOW: `127.0.0.1:${site.port}`,
  });
  expect(code).toBe(0);
  const brief = JSON.parse(out) as { url: string; published: string; next: { date: string }[] };
  expect(brief.url).toBe(`${site.url}/ferry`);
  expect(brief.published).toBe('2025-10-01');
  expect(brief.next.map((n) => n.date)).toContain('2025-11-03');
});
