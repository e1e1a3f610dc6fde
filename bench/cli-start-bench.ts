import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../tests/faults/support/worker-process';
import { figure, type BenchFigure } from './bench-figure';
import { median } from './percentile';

/** Preloaded into the child: writes the process's CPU time (all threads, from its start) when it exits. */
const PRELOAD = `process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  require('node:fs').writeFileSync(process.env.BENCH_CPU_FILE, String((user + system) / 1e6));
});`;

/** CPU seconds one `node ARGS` run takes, from start to exit. */
function cpuSeconds(args: string[], dir: string): number {
  const out = path.join(dir, 'cpu.txt');
  const run = spawnSync(process.execPath, ['-r', path.join(dir, 'preload.js'), ...args], {
    cwd: repoRoot(),
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'silent', BENCH_CPU_FILE: out },
  });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr.toString()}`);
  return Number(fs.readFileSync(out, 'utf8'));
}

/**
 * (6) `briefbot brief FILE.txt` cold start: CPU seconds of the whole process (node start, loading, one brief,
 * exit) against a bare `node -e 0` in the same run, median of `runs`, the two interleaved.
 */
export async function cliStartBench(runs = 5): Promise<BenchFigure> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-cli-bench-'));
  fs.writeFileSync(path.join(dir, 'preload.js'), PRELOAD);
  const file = path.join('examples', 'un-climate-talks.txt');
  const brief: number[] = [];
  const bare: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      brief.push(cpuSeconds([path.join('bin', 'briefbot.js'), 'brief', file], dir));
      bare.push(cpuSeconds(['-e', '0'], dir));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figure({
    id: 'cli.brief_cold_cpu_s',
    label: 'briefbot brief FILE.txt cold start, CPU, median',
    unit: 's',
    value: median(brief),
    baselineLabel: 'node -e 0 (bare node start)',
    baseline: median(bare),
    details: { runs, file, briefRunsCpuS: brief.map((s) => s.toFixed(3)).join(' ') },
  });
}
