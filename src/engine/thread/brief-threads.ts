import { availableParallelism } from 'node:os';
import { spawnBriefThread } from './spawn-engine-worker';
import { ThreadPool } from './thread-pool';

/**
 * Brief threads when EXTRACTION_THREADS is unset: one per CPU but one, at most 4 (at least 1). The main
 * thread keeps a core for fetching, the queues and posting; each thread holds an isolate of about 70 MB.
 */
export const defaultBriefThreads = (cpus = availableParallelism()): number =>
  Math.min(4, Math.max(1, cpus - 1));

/**
 * The worker's brief threads: each parses pages and runs the local engine in one isolate (docs/adr/040),
 * so a worker process holds its main thread and `size` isolates, not one set for extraction and another
 * for the engine. Each keeps the budgets of both (a page or article past its budget terminates the thread)
 * and is replaced after ARTICLES_PER_BRIEF_THREAD articles (a page extracted and briefed is two tasks).
 */
/**
 * Articles a brief thread handles before a fresh one replaces it. Its heap bounds (THREAD_RESOURCE_LIMITS)
 * already keep it near its live set; a fresh thread costs about 2 s of loading and warm-up, which every 200
 * articles was a fifth of the work.
 */
export const ARTICLES_PER_BRIEF_THREAD = 1000;

export function startBriefThreads(size: number): ThreadPool {
  return new ThreadPool({
    size,
    spawn: spawnBriefThread,
    tasksPerThread: 2 * ARTICLES_PER_BRIEF_THREAD,
    waitsForReady: true,
    threadName: 'brief thread',
  });
}
