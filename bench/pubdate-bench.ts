/**
 * Publication-date benchmark in one process: runs briefbot's extraction on every page of a folder
 * laid out like `../shared/benchmarks/pubdate` (`pages/<id>.html.gz`, `gold.json`, `score.mjs`),
 * writes `OUT/<id>.json` {"published"} and scores it with the folder's own scorer. The page URL is
 * not given (as in `run.sh` on files), unless `--with-url`. `--metadata-only` skips Readability
 * (faster; the article-text dateline is then not read).
 *
 *   node dist/bench/pubdate-bench.js ../shared/benchmarks/pubdate OUT_DIR [--with-url] [--metadata-only] [--only p0001,p0002]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { extractFromHtml } from '../src/extraction/extract-from-html';
import { readPageMetadata } from '../src/extraction/page-metadata';
import { parseWithLinkedom } from '../src/extraction/parse-with-linkedom';
import { decodeBody } from '../src/fetching/charset';

const [dir, out, ...flags] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: pubdate-bench.js BENCH_DIR OUT_DIR [--with-url] [--metadata-only] [--only ids]');
  process.exit(2);
}
const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<
  string,
  { url: string }
>;
const onlyIndex = flags.indexOf('--only');
const only = onlyIndex >= 0 ? new Set((flags[onlyIndex + 1] ?? '').split(',')) : undefined;
fs.mkdirSync(out, { recursive: true });
const started = Date.now();
for (const id of Object.keys(gold).sort()) {
  if (only && !only.has(id)) continue;
  const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'pages', `${id}.html.gz`)));
  const html = decodeBody(raw, undefined, true).text;
  const url = flags.includes('--with-url') ? gold[id]!.url : undefined;
  let published: string | undefined;
  try {
    if (flags.includes('--metadata-only')) {
      const meta = readPageMetadata(parseWithLinkedom(html), url);
      published = meta.published ?? meta.guessPublished();
    } else {
      published = extractFromHtml(html, url === undefined ? {} : { url }, parseWithLinkedom).published;
    }
  } catch {
    published = undefined;
  }
  fs.writeFileSync(path.join(out, `${id}.json`), JSON.stringify({ published: published ?? null }));
}
console.log(`extracted in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (!only) {
  const score = spawnSync('node', [path.join(dir, 'score.mjs'), out], { encoding: 'utf8' });
  console.log(score.stdout || score.stderr);
}
