import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../tests/faults/support/worker-process';
import type { BenchFigure } from './bench-figure';
import { engineRatioBench } from './engine-ratio-bench';
import { engineProfileBench } from './engine-profile';
import { runOnBench } from './run-on-bench';
import { digestMorningBench } from './digest-morning-bench';
import { feedsBench } from './feeds-bench';
import { reminderLatenessBench } from './reminder-lateness-bench';
import { chartSvg } from './chart-svg';
import { mergeFigures, renderSpeedTable, withSpeedTable, type KeptFigure } from './readme-table';
import { cliStartBench } from './cli-start-bench';
import { slashAckBench } from './slash-ack-bench';
import { throughputBench } from './throughput-bench';

/**
 * `npm run bench [-- --n=1000 --rounds=3 --only=engine,runon,profile,cli,reminders,slash,throughput,feeds,morning --channels=10000]`: runs the benchmarks of
 * docs/adr/009-benchmarks-and-faults.md, prints a table, writes bench/results.json and bench/results.svg (this run's
 * figures merged over the kept ones) and regenerates the README's speed table from them.
 */
async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const n = Number(arg('n') ?? 1000);
  const rounds = Number(arg('rounds') ?? 3);
  const only = new Set(
    (arg('only') ?? 'engine,runon,profile,cli,reminders,slash,throughput,feeds,morning').split(','),
  );
  const started = Date.now();
  const figures: BenchFigure[] = [];
  const step = async (name: string, run: () => Promise<BenchFigure | BenchFigure[]>) => {
    if (!only.has(name)) return;
    const t = Date.now();
    process.stdout.write(`running ${name} … `);
    const loadBefore = os.loadavg()[0]!;
    let out: BenchFigure | BenchFigure[];
    try {
      out = await run();
    } catch (err) {
      // One failed figure (e.g. a timeout on a busy machine) does not lose the others: it is reported.
      console.log(`failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
      return;
    }
    // The machine's load while the figure was measured: a ratio from a busy machine says so.
    const load = `${loadBefore.toFixed(1)}→${os.loadavg()[0]!.toFixed(1)}`;
    figures.push(
      ...(Array.isArray(out) ? out : [out]).map((f) => ({
        ...f,
        details: { ...f.details, loadavg1m: load },
      })),
    );
    console.log(`${((Date.now() - t) / 1000).toFixed(0)} s`);
  };
  await step('engine', () => engineRatioBench());
  await step('runon', () => runOnBench());
  // Where the HTML → brief time goes, stage by stage (the profile behind the ratio above).
  await step('profile', () => engineProfileBench());
  await step('cli', () => cliStartBench());
  await step('slash', () => slashAckBench(50, rounds));
  await step('reminders', () => reminderLatenessBench(200, 20_000));
  await step('throughput', () => throughputBench(n, 2));
  // 1,000 followed feeds, one poll round with new items each (issue 18).
  await step('feeds', () => feedsBench(1000));
  await step('morning', () => digestMorningBench(Number(arg('channels') ?? 10_000)));

  const machine = {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memTotalGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    memFreeGiB: Number((os.freemem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
  const runtimeSeconds = Math.round((Date.now() - started) / 1000);
  console.log('');
  console.log(
    `${'figure'.padEnd(52)} ${'value'.padStart(12)} ${'baseline'.padStart(12)} ${'ratio'.padStart(8)}`,
  );
  for (const f of figures) {
    const v = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ${f.unit}`.padStart(12);
    console.log(
      `${f.label.slice(0, 52).padEnd(52)} ${v(f.value)} ${v(f.baseline)} ${`×${f.ratio.toFixed(2)}`.padStart(8)}`,
    );
    console.log(`  baseline: ${f.baselineLabel}${f.details ? `; ${JSON.stringify(f.details)}` : ''}`);
  }
  console.log(
    `\nmachine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.memTotalGiB} GiB RAM, node ${machine.node}, load average ${machine.loadavg.join(' ')}; bench runtime ${runtimeSeconds} s`,
  );
  const dir = path.join(repoRoot(), 'bench');
  const resultsFile = path.join(dir, 'results.json');
  const date = new Date().toISOString();
  // A partial run (--only=…) replaces its own figures; the others stay, each with the day it was measured.
  const kept = fs.existsSync(resultsFile)
    ? ((JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { figures?: KeptFigure[] }).figures ?? [])
    : [];
  const all = mergeFigures(kept, figures, date);
  fs.writeFileSync(
    resultsFile,
    `${JSON.stringify({ date, machine, runtimeSeconds, figures: all }, null, 2)}\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'results.svg'),
    chartSvg(all, `briefbot bench — ${machine.nproc} CPUs, node ${machine.node}`),
  );
  const readmeFile = path.join(repoRoot(), 'README.md');
  const readme = fs.readFileSync(readmeFile, 'utf8');
  const updated = withSpeedTable(readme, renderSpeedTable(all));
  if (updated !== readme) fs.writeFileSync(readmeFile, updated);
  console.log(
    `wrote bench/results.json and bench/results.svg${updated !== readme ? ", and the README's speed table" : ''}`,
  );
}

main(process.argv.slice(2)).then(
  () => process.exit(),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
