import fs from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../src/app/cli/load-article';
import { fixedClock } from '../src/clock/clock';
import type { Article } from '../src/engine/article';
import { LocalEngine } from '../src/engine/local/local-engine';
import { splitSentences } from '../src/engine/local/sentences';
import { runOnSentence } from './engine-run-on';

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * `npm run bench:engine -- [CORPUS_DIR]`: median milliseconds per article for the local engine over
 * examples/*.txt and the corpus texts when present, against splitSentences alone measured in the same run.
 */
function main(corpus: string): void {
  const files = fs
    .readdirSync('examples')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join('examples', f));
  const briefs = path.join(corpus, 'briefs');
  if (fs.existsSync(briefs))
    files.push(
      ...fs
        .readdirSync(briefs)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(briefs, f)),
    );
  const articles: Array<{ file: string; article: Article }> = files.map((file) => ({
    file,
    article: articleFromText(fs.readFileSync(file, 'utf8')),
  }));
  const engine = new LocalEngine({ clock: fixedClock('2024-01-01T12:00:00Z') });
  engine.briefNow(articles[0]!.article); // warm-up: the tagger's lexicon loads on first use
  const engineMs: number[] = [];
  const baselineMs: number[] = [];
  for (const { file, article } of articles) {
    const e = median(Array.from({ length: RUNS }, () => time(() => engine.briefNow(article))));
    const b = median(Array.from({ length: RUNS }, () => time(() => splitSentences(article.text))));
    engineMs.push(e);
    baselineMs.push(b);
    console.log(
      `${path.basename(file).padEnd(28)} ${String(article.text.length).padStart(6)} chars  engine ${e.toFixed(1)} ms  sentences ${b.toFixed(2)} ms`,
    );
  }
  const e = median(engineMs);
  const b = median(baselineMs);
  console.log(`articles ${articles.length}, ${RUNS} runs each`);
  // The worst case for a stage that scans between mentions: one 50,000-character sentence of dates.
  const runOn = { title: 'Run-on', text: runOnSentence(50_000) };
  const runOnMs = median(Array.from({ length: 3 }, () => time(() => engine.briefNow(runOn))));
  console.log(`run-on sentence ${runOn.text.length} chars: engine ${runOnMs.toFixed(0)} ms (budget 1000 ms)`);
  console.log(
    `local engine median ${e.toFixed(1)} ms/article; splitSentences alone ${b.toFixed(2)} ms; ratio ${(e / Math.max(b, 1e-6)).toFixed(0)}x`,
  );
}

main(process.argv[2] ?? path.join('..', 'shared', 'corpus'));
