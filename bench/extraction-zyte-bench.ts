/**
 * The extraction benchmark on a public page set laid out like Zyte's article-extraction benchmark
 * (`html/<id>.html.gz`, `ground-truth.json` with each page's URL): extracts every page with
 * briefbot and with Readability alone (linkedom, main thread), writes `OUT/<id>.json` {"text"},
 * counts empty pages, times both, and scores with the benchmark's own `score.py` when python3 is
 * there. `npm run bench:extraction -- ../shared/benchmarks/article-extraction [OUT_DIR]`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { extractFromHtml, readabilityOnlyText } from '../src/extraction/extract-from-html';
import { parseWithLinkedom } from '../src/extraction/parse-with-linkedom';
import { decodeBody } from '../src/fetching/charset';
import { median } from './percentile';

interface GroundTruth {
  [id: string]: { articleBody: string; url: string };
}

function timed(run: () => string): { text: string; ms: number } {
  const start = process.hrtime.bigint();
  let text = '';
  try {
    text = run();
  } catch {
    text = '';
  }
  return { text, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** True when `dir` looks like the benchmark's folder. */
export function isZyteBenchmark(dir: string | undefined): dir is string {
  return dir !== undefined && fs.existsSync(path.join(dir, 'ground-truth.json'));
}

export function runZyteBenchmark(dir: string, outDir: string | undefined): void {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth;
  const out = outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'zyte-out-'));
  const baselineOut = `${out}-readability`;
  fs.mkdirSync(out, { recursive: true });
  fs.mkdirSync(baselineOut, { recursive: true });
  const ids = Object.keys(gold).sort();
  const ours: number[] = [];
  const theirs: number[] = [];
  const empty: string[] = [];
  for (const id of ids) {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`)));
    const html = decodeBody(raw, undefined, true).text;
    const url = gold[id]!.url;
    const mine = timed(() => extractFromHtml(html, { url }, parseWithLinkedom).text);
    const base = timed(() => readabilityOnlyText(html, parseWithLinkedom));
    ours.push(mine.ms);
    theirs.push(base.ms);
    if (mine.text.trim() === '') empty.push(id);
    fs.writeFileSync(path.join(out, `${id}.json`), JSON.stringify({ text: mine.text }));
    fs.writeFileSync(path.join(baselineOut, `${id}.json`), JSON.stringify({ text: base.text }));
  }
  console.log(`${ids.length} pages from ${dir}; outputs in ${out}`);
  console.log(
    `pages with text: ${ids.length - empty.length}/${ids.length}${empty.length ? ` (empty: ${empty.join(', ')})` : ''}`,
  );
  console.log(
    `median ms/page: briefbot ${median(ours).toFixed(2)}, readability alone ${median(theirs).toFixed(2)}; total s: briefbot ${(ours.reduce((a, b) => a + b, 0) / 1000).toFixed(1)}`,
  );
  const scorer = path.join(dir, 'score.py');
  if (!fs.existsSync(scorer)) return;
  for (const [name, folder] of [
    ['briefbot', out],
    ['readability alone', baselineOut],
  ] as const) {
    const run = spawnSync('python3', [scorer, folder], { encoding: 'utf8' });
    console.log(`\n${name}:\n${(run.stdout || run.stderr || 'python3 not available').trim()}`);
  }
}
