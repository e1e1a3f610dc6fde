/**
 * Extraction benchmark: word-4-gram precision/recall/F1 of the extracted text against the gold text
 * of each fixture page, and median ms per page, for briefbot's extractor and for Readability alone,
 * each on linkedom and on jsdom, in one run. `npm run bench:extraction`.
 * Given the folder of Zyte's public benchmark instead (`npm run bench:extraction -- DIR [OUT_DIR]`),
 * it measures there (see extraction-zyte-bench.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { DomDocument, ParseHtml } from '../src/extraction/dom-types';
import { closeExtractionPool, extractArticle } from '../src/extraction/extract-article';
import { extractFromHtml, readabilityOnlyText } from '../src/extraction/extract-from-html';
import { parseWithLinkedom } from '../src/extraction/parse-with-linkedom';
import { decodeBody } from '../src/fetching/charset';
import { isZyteBenchmark, runZyteBenchmark } from './extraction-zyte-bench';

const PAGES_DIR = path.resolve(__dirname, '..', '..', 'tests', 'fixtures', 'pages');
const RUNS = Number(process.argv[2] ?? 15) || 15;

interface Page {
  name: string;
  html: string;
  gold: string;
  url: string;
}

function loadPages(): Page[] {
  return fs
    .readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const expected = JSON.parse(fs.readFileSync(path.join(PAGES_DIR, `${name}.expected.json`), 'utf8')) as {
        pageUrl: string;
      };
      return {
        name,
        html: decodeBody(fs.readFileSync(path.join(PAGES_DIR, file)), undefined, true).text,
        gold: fs.readFileSync(path.join(PAGES_DIR, `${name}.gold.txt`), 'utf8').trim(),
        url: expected.pageUrl,
      };
    });
}

function grams(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + 4 <= words.length; i++) {
    const gram = words.slice(i, i + 4).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

interface Score {
  precision: number;
  recall: number;
  f1: number;
}

function score(extracted: string, gold: string): Score {
  const got = grams(extracted);
  const want = grams(gold);
  let overlap = 0;
  let gotTotal = 0;
  let wantTotal = 0;
  for (const [gram, n] of got) {
    gotTotal += n;
    overlap += Math.min(n, want.get(gram) ?? 0);
  }
  for (const n of want.values()) wantTotal += n;
  if (gotTotal === 0 && wantTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = gotTotal === 0 ? 0 : overlap / gotTotal;
  const recall = wantTotal === 0 ? 0 : overlap / wantTotal;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const parseWithJsdom: ParseHtml = (html, url) =>
  new JSDOM(html, url === undefined ? {} : { url }).window.document as unknown as DomDocument;

type Method = (page: Page) => string;

const methods: Record<string, Method> = {
  'briefbot (linkedom)': (p) => safe(() => extractFromHtml(p.html, { url: p.url }, parseWithLinkedom).text),
  'readability alone (linkedom)': (p) => readabilityOnlyText(p.html, parseWithLinkedom),
  'briefbot (jsdom)': (p) => safe(() => extractFromHtml(p.html, { url: p.url }, parseWithJsdom).text),
  'readability alone (jsdom)': (p) => readabilityOnlyText(p.html, (h) => parseWithJsdom(h, p.url)),
};

function safe(run: () => string): string {
  try {
    return run();
  } catch {
    return '';
  }
}

function pct(n: number): string {
  return n.toFixed(3);
}

async function main(): Promise<void> {
  const pages = loadPages();
  const scored = pages.filter((p) => p.gold !== '');
  console.log(`${pages.length} fixture pages (${scored.length} with gold text), ${RUNS} timed runs each\n`);
  const medians: Record<string, number> = {};
  console.log('method                          P      R      F1     median ms/page');
  for (const [name, method] of Object.entries(methods)) {
    const scores = scored.map((p) => score(method(p), p.gold));
    const mean = (k: keyof Score): number => scores.reduce((s, x) => s + x[k], 0) / scores.length;
    const times: number[] = [];
    for (const page of pages) {
      const perPage: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = process.hrtime.bigint();
        method(page);
        perPage.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      times.push(median(perPage));
    }
    medians[name] = median(times);
    console.log(
      `${name.padEnd(30)}  ${pct(mean('precision'))}  ${pct(mean('recall'))}  ${pct(mean('f1'))}  ${medians[name]!.toFixed(2)}`,
    );
  }
  const ours = medians['briefbot (linkedom)']!;
  const baseline = medians['readability alone (linkedom)']!;
  console.log(`\ntime ratio briefbot / readability alone (linkedom): ${(ours / baseline).toFixed(2)}`);
  console.log(
    `time ratio jsdom / linkedom (readability alone): ${(medians['readability alone (jsdom)']! / baseline).toFixed(2)}`,
  );

  console.log('\nper page F1 (briefbot / readability alone, linkedom):');
  for (const page of scored) {
    const a = score(methods['briefbot (linkedom)']!(page), page.gold).f1;
    const b = score(methods['readability alone (linkedom)']!(page), page.gold).f1;
    console.log(`  ${page.name.padEnd(32)} ${pct(a)}  ${pct(b)}`);
  }

  const pooled: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const page of pages) {
      const start = process.hrtime.bigint();
      await extractArticle(page.html, { url: page.url }).catch(() => undefined);
      pooled.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  console.log(
    `\nbriefbot through the worker pool (off the main thread): median ${median(pooled).toFixed(2)} ms/page`,
  );
  await closeExtractionPool();
}

if (isZyteBenchmark(process.argv[2])) runZyteBenchmark(process.argv[2], process.argv[3]);
else void main();
