import type { Worker } from 'node:worker_threads';

/** What every thread request carries: the pool matches the answer to its task by `id`. */
interface ThreadAnswer {
  id?: unknown;
  kind?: unknown;
}

/** The thread ran out of its heap (THREAD_RESOURCE_LIMITS) on this task; Node then stops the thread. */
export function isOutOfMemory(err: Error): boolean {
  return (err as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** One unit of work for a thread: the message, its time budget, and how its answer settles it. */
export interface ThreadTask {
  /** Sent to the thread; the pool sets its `id`. */
  request: { id: number };
  /** Time budget, counted from when a ready thread receives the request. */
  timeoutMs: number;
  /** The error a task past its budget fails with (its thread is terminated). */
  timeoutError(): Error;
  /** The thread's answer (a message with the request's id). */
  answer(message: unknown): void;
  reject(err: Error): void;
}

export interface ThreadPoolOptions {
  /** Threads at most (one task each at a time). */
  size: number;
  spawn: () => Worker;
  /** Tasks a thread finishes before a fresh one replaces it, so its heap never grows with uptime. */
  tasksPerThread?: number;
  /**
   * The thread posts `{ kind: 'ready' }` once its modules are loaded; until then it gets no task, so a
   * cold start never counts against a task's budget, and a thread that dies while loading fails the
   * waiting tasks instead of being restarted for each.
   */
  waitsForReady?: boolean;
  /** How a thread is named in errors ("the engine thread stopped"). */
  threadName: string;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Tasks this thread has finished. */
  tasks: number;
  task?: ThreadTask;
  timer?: NodeJS.Timeout;
}

/**
 * A bounded pool of reusable worker threads (at most `size`), one task per thread at a time. A task that
 * runs past its budget has its thread terminated (a fresh one starts for the next task), so a hostile page
 * fails alone; a thread that has finished `tasksPerThread` tasks is replaced too. Idle threads do not keep
 * the process alive. The extraction pool, the engine pool and the worker's brief threads (extraction and
 * engine in one isolate, docs/adr/040) are this pool with their own messages.
 */
export class ThreadPool {
  private readonly slots: Slot[] = [];
  private readonly queue: ThreadTask[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ThreadPoolOptions) {}

  get isClosed(): boolean {
    return this.closed;
  }

  /** Queues a task; its request gets a fresh id. */
  submit(task: ThreadTask): void {
    if (this.closed) {
      task.reject(new Error(`the ${this.options.threadName} pool is closed`));
      return;
    }
    task.request.id = this.nextId++;
    this.queue.push(task);
    this.dispatch();
  }

  /** Terminates every thread; tasks still waiting are rejected with `message`. */
  async close(message = `the ${this.options.threadName} pool closed`): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error(message));
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.worker.removeAllListeners();
      slot.worker.on('error', () => undefined);
      slot.task?.reject(new Error(message));
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    if (this.closed) return;
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.ready && s.task === undefined);
      if (!slot) {
        const starting = this.slots.filter((s) => !s.ready).length;
        if (this.slots.length >= this.options.size || starting >= this.queue.length) return;
        slot = this.addSlot();
        if (!slot.ready) return;
      }
      const task = this.queue.shift()!;
      const busy = slot;
      busy.task = task;
      busy.worker.ref();
      busy.timer = setTimeout(() => this.timeOut(busy), task.timeoutMs);
      busy.worker.postMessage(task.request);
    }
  }

  private addSlot(): Slot {
    const slot: Slot = { worker: this.options.spawn(), ready: !this.options.waitsForReady, tasks: 0 };
    slot.worker.on('message', (message: ThreadAnswer) => this.receive(slot, message));
    slot.worker.on('error', (err) => this.fail(slot, err));
    slot.worker.on('exit', () => this.fail(slot, new Error(`the ${this.options.threadName} stopped`)));
    // A loading thread keeps the process alive (its tasks are waiting); a ready idle one does not.
    if (slot.ready) slot.worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private receive(slot: Slot, message: ThreadAnswer): void {
    if (message.kind === 'ready') {
      slot.ready = true;
      if (!slot.task) slot.worker.unref();
      this.dispatch();
      return;
    }
    const task = slot.task;
    if (!task || task.request.id !== message.id) return;
    this.release(slot);
    const limit = this.options.tasksPerThread;
    // Recycled after its share of tasks (its replacement starts when a task needs it).
    if (limit !== undefined && ++slot.tasks >= limit) this.retire(slot);
    task.answer(message);
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
    task?.reject(task.timeoutError());
    this.dispatch();
  }

  private fail(slot: Slot, err: Error): void {
    const task = slot.task;
    const wasStarting = !slot.ready;
    this.retire(slot);
    task?.reject(err);
    // A thread that dies while loading would die again: fail the waiting tasks instead of looping.
    if (wasStarting) for (const waiting of this.queue.splice(0)) waiting.reject(err);
    this.dispatch();
  }

  /** Takes a thread out of the pool and stops it; a fresh one is started when a task needs it. */
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
