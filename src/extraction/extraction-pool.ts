import type { Worker } from 'node:worker_threads';
import type { Article } from '../engine/article';
import { spawnThread } from '../engine/thread/spawn-thread';
import { isOutOfMemory, ThreadPool } from '../engine/thread/thread-pool';
import { ExtractionError } from './errors';
import type { ExtractRequest, ExtractResponse } from './worker-messages';

/** Starts one extraction worker thread (extraction-worker, compiled or, under jest, from source). */
export function spawnExtractionWorker(): Worker {
  return spawnThread(__dirname, 'extraction-worker', __filename.endsWith('.ts'));
}

/** Pages a thread parses before it is replaced by a fresh one: its heap never grows with uptime. */
export const PAGES_PER_THREAD = 200;

/**
 * A small pool of reusable extraction workers (at most `size`). Each worker takes one page at a time; a page
 * that runs past its time limit has its worker terminated (and replaced on the next page), so a hostile
 * page fails alone; a worker that has parsed `pagesPerThread` pages is replaced too. Idle workers do not
 * keep the process alive. Given a ThreadPool instead of a size, it runs its pages on those threads (the
 * worker's brief threads, shared with the engine).
 */
export class ExtractionPool {
  private readonly threads: ThreadPool;
  private readonly owned: boolean;
  private closed = false;

  constructor(
    size: number | ThreadPool,
    spawn: () => Worker = spawnExtractionWorker,
    pagesPerThread = PAGES_PER_THREAD,
  ) {
    this.owned = typeof size === 'number';
    this.threads =
      typeof size === 'number'
        ? new ThreadPool({ size, spawn, tasksPerThread: pagesPerThread, threadName: 'extraction worker' })
        : size;
  }

  /** Extracts one page in a worker, rejecting with EXTRACTION_TIMEOUT after `timeoutMs`. */
  run(html: string, url: string | undefined, timeoutMs: number, fetchedAt?: Date): Promise<Article> {
    if (this.closed || this.threads.isClosed)
      return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      const request: ExtractRequest = url === undefined ? { id: 0, html } : { id: 0, html, url };
      if (fetchedAt !== undefined) request.fetchedAt = fetchedAt.getTime();
      this.threads.submit({
        request,
        timeoutMs,
        timeoutError: () =>
          new ExtractionError(
            'EXTRACTION_TIMEOUT',
            `extraction took longer than ${timeoutMs} ms; the page was abandoned`,
          ),
        answer: (message) => {
          const response = message as ExtractResponse;
          if (response.ok) resolve(response.article);
          else if (response.code === 'INTERNAL') reject(new Error(`extraction failed: ${response.message}`));
          else reject(new ExtractionError(response.code, response.message));
        },
        reject: (err) =>
          reject(
            isOutOfMemory(err)
              ? new ExtractionError('TOO_COMPLEX', 'the page needs more memory than a parsing thread has')
              : err,
          ),
      });
    });
  }

  /** Terminates every worker (of a shared pool too); pages still waiting are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    await this.threads.close(this.owned ? 'the extraction pool closed' : undefined);
  }
}
