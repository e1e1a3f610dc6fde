import fs from 'node:fs';
import path from 'node:path';
import { fixedClock } from '../src/clock/clock';
import { LocalEngine } from '../src/engine/local/local-engine';
import { extractFromHtml, readabilityOnlyText } from '../src/extraction/extract-from-html';
import { parseWithLinkedom } from '../src/extraction/parse-with-linkedom';
import { decodeBody } from '../src/fetching/charset';
import { repoRoot } from '../tests/faults/support/worker-process';
import { figure, type BenchFigure } from './bench-figure';
import { median, timeMs } from './percentile';

/**
 * (1) The brief engine: median ms per fixture page from HTML to brief (extraction + local engine)
 * against Readability parsing alone on the same pages (both on linkedom, in this process).
 */
export async function engineRatioBench(runs = 5): Promise<BenchFigure> {
  const dir = path.join(repoRoot(), 'tests', 'fixtures', 'pages');
  const pages = fs
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
    label: 'HTML → brief (extract + local engine), median per page',
    unit: 'ms',
    value: median(full),
    baselineLabel: 'Readability parse alone',
    baseline: median(readability),
    details: { pages: pages.length, runsPerPage: runs },
  });
}
