import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../engine/article';
import { ExtractionError } from './errors';
import type { ExtractRequest, ExtractResponse } from './worker-messages';

/**
 * Starts one extraction worker thread. From dist/ it runs the compiled extraction-worker.js.
 * When this module is loaded as TypeScript source (under jest), the same worker source is loaded
 * through a small bootstrap that compiles .ts files with @swc/core inside the thread, so tests
 * exercise the real off-thread path.
 */
export function spawnExtractionWorker(): Worker {
  const compiled = path.join(__dirname, 'extraction-worker.js');
  if (!__filename.endsWith('.ts')) return new Worker(compiled);
  const bootstrap = `
    const Module = require('node:module');
    const fs = require('node:fs');
    const { workerData } = require('node:worker_threads');
    const swc = require(workerData.swc);
    Module._extensions['.ts'] = (module, filename) => {
      const source = fs.readFileSync(filename, 'utf8');
      const out = swc.transformSync(source, { filename, module: { type: 'commonjs' }, jsc: { target: 'es2022', parser: { syntax: 'typescript' } } });
      module._compile(out.code, filename);
    };
    require(workerData.entry);`;
  return new Worker(bootstrap, {
    eval: true,
    workerData: { swc: require.resolve('@swc/core'), entry: path.join(__dirname, 'extraction-worker.ts') },
  });
}

interface Task {
  request: ExtractRequest;
  timeoutMs: number;
  resolve: (article: Article) => void;
  reject: (err: Error) => void;
}

/** Pages a thread parses before it is replaced by a fresh one: its heap never grows with uptime. */
export const PAGES_PER_THREAD = 200;

interface Slot {
  worker: Worker;
  /** Pages this thread has finished. */
  pages: number;
  task?: Task;
  timer?: NodeJS.Timeout;
}

/**
 * A small pool of reusable extraction workers (at most `size`). Each worker takes one page at a time; a page
 * that runs past its time limit has its worker terminated (and replaced on the next page), so a hostile
 * page fails alone; a worker that has parsed `pagesPerThread` pages is replaced too. Idle workers do not
 * keep the process alive.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly spawn: () => Worker = spawnExtractionWorker,
    private readonly pagesPerThread = PAGES_PER_THREAD,
  ) {}

  /** Extracts one page in a worker, rejecting with EXTRACTION_TIMEOUT after `timeoutMs`. */
  run(html: string, url: string | undefined, timeoutMs: number, fetchedAt?: Date): Promise<Article> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      const request: ExtractRequest =
        url === undefined ? { id: this.nextId++, html } : { id: this.nextId++, html, url };
      if (fetchedAt !== undefined) request.fetchedAt = fetchedAt.getTime();
      this.queue.push({ request, timeoutMs, resolve, reject });
      this.dispatch();
    });
  }

  /** Terminates every worker; pages still waiting are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('the extraction pool closed'));
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.task?.reject(new Error('the extraction pool closed'));
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.task === undefined);
      if (!slot && this.slots.length < this.size) slot = this.addSlot();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.timeOut(slot), task.timeoutMs);
      slot.worker.postMessage(task.request);
    }
  }

  private addSlot(): Slot {
    const slot: Slot = { worker: this.spawn(), pages: 0 };
    slot.worker.on('message', (response: ExtractResponse) => this.finish(slot, response));
    slot.worker.on('error', (err) => this.fail(slot, err));
    slot.worker.on('exit', () => this.fail(slot, new Error('the extraction worker stopped')));
    slot.worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, response: ExtractResponse): void {
    const task = slot.task;
    if (!task || task.request.id !== response.id) return;
    this.release(slot);
    // Recycled after its share of pages (its replacement starts when a page needs it).
    if (++slot.pages >= this.pagesPerThread) this.retire(slot);
    if (response.ok) task.resolve(response.article);
    else if (response.code === 'INTERNAL') task.reject(new Error(`extraction failed: ${response.message}`));
    else task.reject(new ExtractionError(response.code, response.message));
    this.dispatch();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    delete slot.timer;
    delete slot.task;
    slot.worker.unref();
  }

  private timeOut(slot: Slot): void {
    const task = slot.task;
    this.retire(slot);
    task?.reject(
      new ExtractionError(
        'EXTRACTION_TIMEOUT',
        `extraction took longer than ${task.timeoutMs} ms; the page was abandoned`,
      ),
    );
    this.dispatch();
  }

  private fail(slot: Slot, err: Error): void {
    const task = slot.task;
    this.retire(slot);
    task?.reject(err);
    if (!this.closed) this.dispatch();
  }

  /** Takes a worker out of the pool and stops it; a fresh one is started when a page needs it. */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    this.release(slot);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate();
  }
}
