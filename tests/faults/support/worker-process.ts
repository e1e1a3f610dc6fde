import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { noteLeftover } from './leftover-registry';

/** The repository root (this file runs from tests/ under jest and from dist/tests/ in the benchmarks). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'bin', 'briefbot.js'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the briefbot repository root');
    dir = up;
  }
  return dir;
}

/** A `briefbot worker` child process running the built dist/. */
export interface WorkerProcess {
  child: ChildProcess;
  pid: number;
  /** What it wrote to stderr/stdout (for a failing test's message). */
  output(): string;
  /** Resident set size in MB, read from /proc. */
  rssMb(): number;
  /** SIGKILL: no shutdown, locks left behind. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the graceful exit; SIGKILL if it has not exited after `graceMs` (default 15 s). */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `node bin/briefbot.js worker` (or `serve`) with exactly `env` (plus PATH), as an operator would.
 * Needs `npm run build` first (test:faults and bench do it).
 */
export function startWorkerProcess(
  env: Record<string, string>,
  command: 'worker' | 'serve' = 'worker',
): WorkerProcess {
  const root = repoRoot();
  const child = spawn(process.execPath, [path.join(root, 'bin', 'briefbot.js'), command], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If this test process dies without its afterAll, the suite's global teardown kills the worker.
  const pid = child.pid ?? -1;
  noteLeftover({ kind: 'worker', pid, event: 'started' });
  child.once('exit', () => noteLeftover({ kind: 'worker', pid, event: 'gone' }));
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const kill = async () => {
    if (gone()) return;
    child.kill('SIGKILL');
    await exited;
  };
  const stop = async (graceMs = 15_000) => {
    if (gone()) return;
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
    const outcome = await Promise.race([exited, late]);
    clearTimeout(timer);
    if (outcome === 'late') await kill();
  };
  return {
    child,
    pid: child.pid ?? -1,
    output: () => out,
    rssMb: () => processRssMb(child.pid ?? -1),
    kill,
    stop,
  };
}

/** VmRSS of a process in MB (Linux /proc), or NaN when it is gone. */
export function processRssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Polls `check` every `everyMs` until it holds; throws naming `what` after `timeoutMs`. */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
  everyMs = 100,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`gave up after ${timeoutMs} ms waiting for ${what}`);
}
