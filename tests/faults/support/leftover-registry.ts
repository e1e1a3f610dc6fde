import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A run-wide list of the processes and directories the fault tests start, so the suite's global
 * teardown can remove whatever a test left behind (a jest worker that died, a hook that timed out).
 * One JSON line per event in the file named by BRIEFBOT_FAULT_REGISTRY (set by the global setup);
 * outside the fault suite (benchmarks) there is no registry and nothing is written.
 */
type Entry =
  | { kind: 'worker'; pid: number; event: 'started' | 'gone' }
  | { kind: 'redis'; port: number; dir: string; event: 'started' | 'gone' };

const variable = 'BRIEFBOT_FAULT_REGISTRY';

export function noteLeftover(entry: Entry): void {
  const file = process.env[variable];
  if (file) fs.appendFileSync(file, `${JSON.stringify(entry)}\n`);
}

/** jest globalSetup: a fresh registry file for this run. */
export function createRegistry(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-faults-'));
  const file = path.join(dir, 'registry.jsonl');
  fs.writeFileSync(file, '');
  process.env[variable] = file;
}

/** jest globalTeardown: kill workers and stop redis-servers that were started and never stopped. */
export function sweepRegistry(): string[] {
  const file = process.env[variable];
  if (!file || !fs.existsSync(file)) return [];
  const live = new Map<string, Entry>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const entry = JSON.parse(line) as Entry;
    const id = entry.kind === 'worker' ? `worker:${entry.pid}` : `redis:${entry.port}:${entry.dir}`;
    if (entry.event === 'started') live.set(id, entry);
    else live.delete(id);
  }
  const swept: string[] = [];
  for (const entry of live.values()) {
    if (entry.kind === 'worker') {
      if (isBriefbotWorker(entry.pid)) {
        process.kill(entry.pid, 'SIGKILL');
        swept.push(`worker pid ${entry.pid}`);
      }
    } else {
      spawnSync('redis-cli', ['-p', String(entry.port), 'shutdown', 'nosave'], {
        stdio: 'ignore',
        timeout: 2000,
      });
      fs.rmSync(entry.dir, { recursive: true, force: true });
      swept.push(`redis-server on port ${entry.port}`);
    }
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return swept;
}

/** Only a pid that is still a `briefbot worker` (pids are reused). */
function isBriefbotWorker(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('briefbot.js\u0000worker');
  } catch {
    return false;
  }
}
