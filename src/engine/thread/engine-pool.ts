import type { Worker } from 'node:worker_threads';
import type { Article } from '../article';
import type { Brief } from '../brief';
import type { BriefOptions } from '../brief-engine';
import { EngineOutOfMemoryError, EngineThreadError, EngineTimeoutError } from './engine-errors';
import type { EngineRequest, EngineResponse } from './engine-thread-messages';
import { spawnEngineWorker } from './spawn-engine-worker';
import { isOutOfMemory, ThreadPool } from './thread-pool';

export interface EnginePoolOptions {
  /** Threads at most (one article each at a time; default 1). Ignored when `threads` is given. */
  size?: number;
  /** Time budget of one article, counted from when a ready thread receives it. */
  timeoutMs: number;
  /** Starts one thread; tests pass a hostile one. */
  spawn?: () => Worker;
  /** Threads shared with extraction (the worker's brief threads) instead of a pool of its own. */
  threads?: ThreadPool;
}

/**
 * A small pool of engine threads, so no article can hold the main thread (health checks, Slack
 * acknowledgements, BullMQ lock renewals keep running). An article that runs past the budget has its
 * thread terminated (a fresh one starts for the next article) and fails with EngineTimeoutError.
 * The budget starts when a loaded thread gets the article, so a cold start never counts against it.
 * Idle threads do not keep the process alive.
 */
export class EnginePool {
  private readonly threads: ThreadPool;
  private readonly owned: boolean;
  private closed = false;

  constructor(private readonly options: EnginePoolOptions) {
    this.owned = options.threads === undefined;
    this.threads =
      options.threads ??
      new ThreadPool({
        size: options.size ?? 1,
        spawn: options.spawn ?? spawnEngineWorker,
        waitsForReady: true,
        threadName: 'engine thread',
      });
  }

  /** Briefs one article in a thread; `now` is the caller's clock. */
  run(article: Article, options: BriefOptions, now: Date): Promise<Brief> {
    if (this.closed || this.threads.isClosed) return Promise.reject(new Error('the engine pool is closed'));
    return new Promise((resolve, reject) => {
      const request: EngineRequest = { id: 0, article, options, now: now.toISOString() };
      this.threads.submit({
        request,
        timeoutMs: this.options.timeoutMs,
        timeoutError: () => new EngineTimeoutError(this.options.timeoutMs),
        answer: (message) => {
          const response = message as EngineResponse;
          if (response.ok) resolve(response.brief);
          else reject(new EngineThreadError(response.code, response.message));
        },
        reject: (err) => reject(isOutOfMemory(err) ? new EngineOutOfMemoryError() : err),
      });
    });
  }

  /** Terminates every thread (of a shared pool too); articles still waiting are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    await this.threads.close(this.owned ? 'the engine pool closed' : undefined);
  }
}
