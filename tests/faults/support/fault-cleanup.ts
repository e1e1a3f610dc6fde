import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { startThrowawayRedis, type ThrowawayRedis } from '../../support/redis-server';
import { noteLeftover } from './leftover-registry';

/**
 * Cleanup for the fault suite. A fault test starts real processes (redis-servers, `briefbot worker`
 * children); when it fails, or a graceful stop hangs, they must still go away, or the next CI run meets
 * an orphan holding a port and a temp dir. Every step runs even when an earlier one throws.
 */
export async function cleanUp(...steps: Array<(() => Promise<unknown>) | undefined>): Promise<void> {
  const results = await runInOrder(steps);
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length > 0)
    throw new AggregateError(
      failed.map((f) => f.reason as unknown),
      'cleanup failed',
    );
}

async function runInOrder(
  steps: Array<(() => Promise<unknown>) | undefined>,
): Promise<PromiseSettledResult<unknown>[]> {
  const results: PromiseSettledResult<unknown>[] = [];
  for (const step of steps) {
    if (!step) continue;
    try {
      results.push({ status: 'fulfilled', value: await step() });
    } catch (reason) {
      results.push({ status: 'rejected', reason });
    }
  }
  return results;
}

/** Resolves with `p`, or rejects after `ms` naming `what` (so one hung close cannot eat the hook timeout). */
export async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** A throwaway redis-server whose `dispose()` stops it and removes its temporary directory. */
export interface FaultRedis extends ThrowawayRedis {
  dispose(): Promise<void>;
}

export async function startFaultRedis(extraArgs: string[] = []): Promise<FaultRedis> {
  const redis = await startThrowawayRedis(extraArgs);
  noteLeftover({ kind: 'redis', port: redis.port, dir: redis.dir, event: 'started' });
  return Object.assign(redis, {
    dispose: async () => {
      try {
        await within(redis.stop(), 10_000, 'redis-server shutdown');
      } catch {
        // A server that ignored SIGTERM: make it go without saving (only now, as the port may be reused later).
        spawnSync('redis-cli', ['-p', String(redis.port), 'shutdown', 'nosave'], {
          stdio: 'ignore',
          timeout: 2000,
        });
      } finally {
        fs.rmSync(redis.dir, { recursive: true, force: true });
        noteLeftover({ kind: 'redis', port: redis.port, dir: redis.dir, event: 'gone' });
      }
    },
  });
}
