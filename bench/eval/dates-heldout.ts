import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Scores `briefbot dates --jsonl` (the built CLI, the way the project is judged) on a JSONL file of dated
 * sentences shaped like dates-dev (`dct`, `sentence`, `text`, `value`, `granularity`). A case counts when
 * an expression the CLI returns overlaps the gold text and has the gold value.
 *
 * Gold values follow MEANTIME/TimeML. Some TimeML values cannot be written in the CLI's date format
 * (YYYY-MM-DD, YYYY-MM or YYYY): weeks ("2009-W05", "the weekend"), quarters ("2009-Q4"), seasons
 * ("2010-SU") and decades ("199"). Those cases are listed apart and left out of the accuracy.
 *
 * Usage: node dist/bench/eval/dates-heldout.js [file.jsonl] [--misses]
 */

interface GoldCase {
  dct: string;
  sentence: string;
  text: string;
  value: string;
  granularity: string;
}

interface CliDate {
  text: string;
  index: number;
  date: string;
}

export interface HeldoutScore {
  total: number;
  correct: number;
  byGranularity: Record<string, { total: number; correct: number }>;
  inexpressible: Array<{ gold: GoldCase; got: string[] }>;
  misses: Array<{ gold: GoldCase; got: string[] }>;
  linesPerSecond: number;
}

const EXPRESSIBLE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function readCases(file: string): GoldCase[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldCase);
}

/** Runs the built CLI once over every case; one output line per input line. */
export function runDatesJsonl(
  lines: Array<{ reference: string; text: string }>,
  cli = path.resolve(__dirname, '../../../bin/briefbot.js'),
): { results: CliDate[][]; seconds: number } {
  const input = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, 'dates', '--jsonl'], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`briefbot dates --jsonl failed: ${run.stderr}`);
  const out = run.stdout.split('\n').filter((l) => l.trim() !== '');
  if (out.length !== lines.length) throw new Error(`expected ${lines.length} lines, got ${out.length}`);
  return { results: out.map((l) => (JSON.parse(l) as { dates: CliDate[] }).dates), seconds };
}

export function scoreHeldout(file: string): HeldoutScore {
  const cases = readCases(file);
  const { results, seconds } = runDatesJsonl(cases.map((c) => ({ reference: c.dct, text: c.sentence })));
  const score: HeldoutScore = {
    total: 0,
    correct: 0,
    byGranularity: {},
    inexpressible: [],
    misses: [],
    linesPerSecond: cases.length / seconds,
  };
  cases.forEach((c, i) => {
    const goldStart = c.sentence.indexOf(c.text);
    const goldEnd = goldStart + c.text.length;
    const overlapping = (results[i] ?? []).filter(
      (d) => goldStart >= 0 && d.index < goldEnd && d.index + d.text.length > goldStart,
    );
    const got = overlapping.map((d) => `${d.text}=${d.date}`);
    if (!EXPRESSIBLE.test(c.value)) {
      score.inexpressible.push({ gold: c, got });
      return;
    }
    const bucket = (score.byGranularity[c.granularity] ??= { total: 0, correct: 0 });
    score.total++;
    bucket.total++;
    if (overlapping.some((d) => d.date === c.value)) {
      score.correct++;
      bucket.correct++;
    } else score.misses.push({ gold: c, got });
  });
  return score;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/dates/heldout.jsonl';
  const score = scoreHeldout(file);
  if (args.includes('--misses')) {
    for (const m of score.misses)
      console.log(
        `MISS ${m.gold.value} got [${m.got.join(', ')}]  ${m.gold.text} | ${m.gold.sentence} (dct ${m.gold.dct})`,
      );
    for (const m of score.inexpressible)
      console.log(
        `INEXPRESSIBLE ${m.gold.value} got [${m.got.join(', ')}]  ${m.gold.text} (dct ${m.gold.dct})`,
      );
  }
  for (const [g, b] of Object.entries(score.byGranularity))
    console.log(`  ${g.padEnd(6)} ${b.correct}/${b.total}`);
  console.log(
    `held-out accuracy: ${score.correct}/${score.total} = ${(score.correct / score.total).toFixed(3)}` +
      ` (${score.inexpressible.length} week/quarter/season/decade cases not scored);` +
      ` ${score.linesPerSecond.toFixed(0)} lines/s through the CLI, start-up included`,
  );
}
