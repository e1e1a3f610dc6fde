import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fixedClock } from '../src/clock/clock';
import { LocalEngine } from '../src/engine/local/local-engine';
import { extractFromHtml, readabilityOnlyText } from '../src/extraction/extract-from-html';
import { parseWithLinkedom } from '../src/extraction/parse-with-linkedom';
import { decodeBody } from '../src/fetching/charset';
import { repoRoot } from '../tests/faults/support/worker-process';
import { figure, type BenchFigure } from './bench-figure';
import { median, timeMs } from './percentile';

export interface BenchPage {
  html: string;
  url: string;
}

/** The public Zyte article-extraction benchmark's real pages, when the shared folder is beside the repo. */
export function realPages(limit: number): BenchPage[] | undefined {
  const dir = path.join(repoRoot(), '..', 'shared', 'benchmarks', 'article-extraction');
  if (!fs.existsSync(path.join(dir, 'ground-truth.json'))) return undefined;
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string }
  >;
  return Object.keys(gold)
    .sort()
    .slice(0, limit)
    .map((id) => ({
      html: decodeBody(
        zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`))),
        undefined,
        true,
      ).text,
      url: gold[id]!.url,
    }));
}

/** The project's own fixture pages (tests/fixtures/pages), when the public benchmark is not there. */
export function fixturePages(): BenchPage[] {
  const dir = path.join(repoRoot(), 'tests', 'fixtures', 'pages');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const expected = JSON.parse(
        fs.readFileSync(path.join(dir, file.replace(/\.html$/, '.expected.json')), 'utf8'),
      ) as { pageUrl: string };
      return {
        html: decodeBody(fs.readFileSync(path.join(dir, file)), undefined, true).text,
        url: expected.pageUrl,
      };
    });
}

/**
 * (1) The brief engine: median ms per page from HTML to brief (extraction + local engine) against the same
 * pages' linkedom parse + Readability alone, in this process. Real pages: the public Zyte benchmark in
 * ../shared/benchmarks/article-extraction (up to `limit` of its 181 pages); else the fixture pages.
 */
export async function engineRatioBench(runs = 3, limit = 60): Promise<BenchFigure> {
  const real = realPages(limit);
  const pages = real ?? fixturePages();
  const engine = new LocalEngine({ clock: fixedClock('2025-03-01T12:00:00Z') });
  const toBrief = (page: (typeof pages)[number]) => {
    try {
      engine.briefNow(extractFromHtml(page.html, { url: page.url }, parseWithLinkedom));
    } catch {
      // Pages built to be refused (paywalls, too short) still cost their parse: keep the time.
    }
  };
  for (const page of pages) toBrief(page); // warm-up: lexicons and JIT
  const full: number[] = [];
  const readability: number[] = [];
  for (const page of pages) {
    const f: number[] = [];
    const r: number[] = [];
    for (let i = 0; i < runs; i++) {
      f.push(await timeMs(() => toBrief(page)));
      r.push(await timeMs(() => readabilityOnlyText(page.html, parseWithLinkedom)));
    }
    full.push(median(f));
    readability.push(median(r));
  }
  return figure({
    id: 'engine.median_ms',
    label: `HTML → brief (extract + engine), median, ${real ? 'real' : 'fixture'} pages`,
    unit: 'ms',
    value: median(full),
    baselineLabel: 'Readability parse alone',
    baseline: median(readability),
    details: {
      pages: pages.length,
      runsPerPage: runs,
      source: real ? 'Zyte benchmark (real pages)' : 'fixture pages',
    },
  });
}
