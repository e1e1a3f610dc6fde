import type { Worker } from 'node:worker_threads';
import type { Article } from '../article';
import type { Brief } from '../brief';
import type { BriefOptions } from '../brief-engine';
import { EngineThreadError, EngineTimeoutError } from './engine-errors';
import type { EngineRequest, EngineThreadMessage } from './engine-thread-messages';
import { spawnEngineWorker } from './spawn-engine-worker';

interface Task {
  request: EngineRequest;
  resolve: (brief: Brief) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
}

export interface EnginePoolOptions {
  /** Threads at most (one article each at a time). */
  size: number;
  /** Time budget of one article, counted from when a ready thread receives it. */
  timeoutMs: number;
  /** Starts one thread; tests pass a hostile one. */
  spawn?: () => Worker;
}

/**
 * A small pool of engine threads, so no article can hold the main thread (health checks, Slack
 * acknowledgements, BullMQ lock renewals keep running). An article that runs past the budget has its
 * thread terminated (a fresh one starts for the next article) and fails with EngineTimeoutError.
 * The budget starts when a loaded thread gets the article, so a cold start never counts against it.
 * Idle threads do not keep the process alive.
 */
export class EnginePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private readonly spawn: () => Worker;

  constructor(private readonly options: EnginePoolOptions) {
    this.spawn = options.spawn ?? spawnEngineWorker;
  }

  /** Briefs one article in a thread; `now` is the caller's clock. */
  run(article: Article, options: BriefOptions, now: Date): Promise<Brief> {
    if (this.closed) return Promise.reject(new Error('the engine pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({
        request: { id: this.nextId++, article, options, now: now.toISOString() },
        resolve,
        reject,
      });
      this.dispatch();
    });
  }

  /** Terminates every thread; articles still waiting are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('the engine pool closed'));
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.worker.removeAllListeners();
      slot.worker.on('error', () => undefined);
      slot.task?.reject(new Error('the engine pool closed'));
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    if (this.closed) return;
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.ready && s.task === undefined);
      if (!slot) {
        const starting = this.slots.filter((s) => !s.ready).length;
        if (this.slots.length < this.options.size && starting < this.queue.length) this.addSlot();
        return;
      }
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.timeOut(slot), this.options.timeoutMs);
      slot.worker.postMessage(task.request);
    }
  }

  private addSlot(): void {
    const slot: Slot = { worker: this.spawn(), ready: false };
    slot.worker.on('message', (message: EngineThreadMessage) => this.receive(slot, message));
    slot.worker.on('error', (err) => this.fail(slot, err));
    slot.worker.on('exit', () => this.fail(slot, new Error('the engine thread stopped')));
    this.slots.push(slot);
  }

  private receive(slot: Slot, message: EngineThreadMessage): void {
    if (message.kind === 'ready') {
      slot.ready = true;
      slot.worker.unref();
      this.dispatch();
      return;
    }
    const task = slot.task;
    if (!task || task.request.id !== message.id) return;
    this.release(slot);
    if (message.ok) task.resolve(message.brief);
    else task.reject(new EngineThreadError(message.code, message.message));
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
    task?.reject(new EngineTimeoutError(this.options.timeoutMs));
    this.dispatch();
  }

  private fail(slot: Slot, err: Error): void {
    const task = slot.task;
    const wasStarting = !slot.ready;
    this.retire(slot);
    task?.reject(err);
    // A thread that dies while loading would die again: fail the waiting articles instead of looping.
    if (wasStarting) for (const waiting of this.queue.splice(0)) waiting.reject(err);
    this.dispatch();
  }

  /** Takes a thread out of the pool and stops it; a fresh one is started when an article needs it. */
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
