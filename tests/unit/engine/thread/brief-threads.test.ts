import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { fixedClock } from '../../../../src/clock/clock';
import { LocalEngine } from '../../../../src/engine/local/local-engine';
import { defaultBriefThreads, startBriefThreads } from '../../../../src/engine/thread/brief-threads';
import { EnginePool } from '../../../../src/engine/thread/engine-pool';
import { ThreadedLocalEngine } from '../../../../src/engine/thread/threaded-engine';
import { ThreadPool } from '../../../../src/engine/thread/thread-pool';
import { extractArticle } from '../../../../src/extraction/extract-article';
import { ExtractionPool } from '../../../../src/extraction/extraction-pool';
import { loadFixturePages } from '../../extraction/fixture-pages';

/** A brief thread that loads at once and answers pages and articles alike, counting what it was sent. */
class AnsweringThread extends EventEmitter {
  tasks = 0;
  terminated = false;
  constructor() {
    super();
    queueMicrotask(() => this.emit('message', { kind: 'ready' }));
  }
  postMessage(request: { id: number; html?: string }): void {
    this.tasks++;
    queueMicrotask(() =>
      this.emit(
        'message',
        request.html === undefined
          ? { kind: 'done', id: request.id, ok: true, brief: { title: 'brief' } }
          : { id: request.id, ok: true, article: { title: 't', text: request.html } },
      ),
    );
  }
  ref(): void {}
  unref(): void {}
  async terminate(): Promise<number> {
    this.terminated = true;
    return 0;
  }
}

/** A thread that says it is ready, then spins forever on the first task: the worst page possible. */
function spinningThread(): Worker {
  return new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', () => { for (;;) {} });
     parentPort.postMessage({ kind: 'ready' });`,
    { eval: true },
  );
}

const article = {
  title: 'Talks set for Geneva',
  text: 'Negotiators said on Monday that talks would resume in Geneva on January 10. The ministers will meet again on February 2.',
  published: '2026-01-05',
};

/** A thread with a small heap that allocates without end on every task. */
function hoardingThread(): Worker {
  return new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', () => { const kept = []; for (;;) kept.push(new Array(10_000).fill(kept.length)); });
     parentPort.postMessage({ kind: 'ready' });`,
    { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 } },
  );
}

describe("the worker's brief threads", () => {
  it('run pages and articles on the same bounded threads, each replaced after its share of tasks', async () => {
    const threads: AnsweringThread[] = [];
    const spawn = () => {
      const thread = new AnsweringThread();
      threads.push(thread);
      return thread as unknown as Worker;
    };
    const shared = new ThreadPool({
      size: 2,
      spawn,
      tasksPerThread: 6,
      waitsForReady: true,
      threadName: 'brief thread',
    });
    const pages = new ExtractionPool(shared);
    const engine = new EnginePool({ threads: shared, timeoutMs: 10_000 });
    const briefs = await Promise.all(
      Array.from({ length: 15 }, async (_, i) => {
        const extracted = await pages.run(`<p>page ${i}</p>`, undefined, 10_000);
        expect(extracted.text).toBe(`<p>page ${i}</p>`);
        return engine.run(extracted, {}, new Date());
      }),
    );
    expect(briefs).toHaveLength(15);
    // 30 tasks (15 pages, 15 articles) on 2 threads at most, each stopped once it had done 6.
    expect(threads.reduce((sum, t) => sum + t.tasks, 0)).toBe(30);
    expect(Math.max(...threads.map((t) => t.tasks))).toBe(6);
    expect(threads.filter((t) => t.tasks === 6).every((t) => t.terminated)).toBe(true);
    expect(threads.filter((t) => !t.terminated).length).toBeLessThanOrEqual(2);
    await engine.close();
    await expect(pages.run('<p>late</p>', undefined, 10_000)).rejects.toThrow(
      'the extraction pool is closed',
    );
  });

  it('keep both budgets: a page past its budget fails as EXTRACTION_TIMEOUT, an article as too unusual', async () => {
    const shared = new ThreadPool({
      size: 1,
      spawn: spinningThread,
      waitsForReady: true,
      threadName: 'brief thread',
    });
    const pages = new ExtractionPool(shared);
    const engine = new EnginePool({ threads: shared, timeoutMs: 300 });
    try {
      await expect(pages.run('<p>spin</p>', undefined, 300)).rejects.toMatchObject({
        code: 'EXTRACTION_TIMEOUT',
        message: 'extraction took longer than 300 ms; the page was abandoned',
      });
      // The spinning thread was replaced: the article gets a fresh one (which spins too).
      await expect(engine.run(article, {}, new Date())).rejects.toMatchObject({
        code: 'ENGINE_TIMEOUT',
        retryable: false,
        message: 'this page is too unusual to brief',
      });
    } finally {
      await shared.close();
    }
  });

  it('fail the waiting pages and articles with the cause when a thread cannot start', async () => {
    const broken = () => new Worker(`throw new Error('cannot load the engine')`, { eval: true });
    const shared = new ThreadPool({
      size: 1,
      spawn: broken,
      waitsForReady: true,
      threadName: 'brief thread',
    });
    try {
      await expect(
        Promise.allSettled([
          new ExtractionPool(shared).run('<p>x</p>', undefined, 1000),
          new EnginePool({ threads: shared, timeoutMs: 1000 }).run(article, {}, new Date()),
        ]),
      ).resolves.toEqual([
        { status: 'rejected', reason: expect.objectContaining({ message: 'cannot load the engine' }) },
        { status: 'rejected', reason: expect.objectContaining({ message: 'cannot load the engine' }) },
      ]);
    } finally {
      await shared.close();
    }
  });

  it('extract a page and brief it in one real thread, exactly as in this one', async () => {
    const page = loadFixturePages().find((p) => p.name === 'harbour-tribune-port-strike')!;
    const clock = fixedClock('2026-01-06T12:00:00Z');
    const threads = startBriefThreads(1);
    const engine = new ThreadedLocalEngine({ clock, threads, timeoutMs: 60_000 });
    try {
      const extracted = await extractArticle(page.html, {}, new ExtractionPool(threads));
      expect(extracted.title).toBe(page.expected.title);
      expect(extracted.text).toBe(page.gold);
      await expect(engine.brief(extracted)).resolves.toEqual(new LocalEngine({ clock }).briefNow(extracted));
    } finally {
      await engine.close();
    }
  });

  it('fails a page or an article that exhausts its thread’s heap alone, as too complex / too unusual', async () => {
    const shared = new ThreadPool({
      size: 1,
      spawn: hoardingThread,
      waitsForReady: true,
      threadName: 'brief thread',
    });
    try {
      await expect(new ExtractionPool(shared).run('<p>x</p>', undefined, 30_000)).rejects.toMatchObject({
        code: 'TOO_COMPLEX',
        retryable: false,
        message: 'the page needs more memory than a parsing thread has',
      });
      await expect(
        new EnginePool({ threads: shared, timeoutMs: 30_000 }).run(article, {}, new Date()),
      ).rejects.toMatchObject({
        code: 'ENGINE_OUT_OF_MEMORY',
        retryable: false,
        message: 'this page is too unusual to brief',
      });
    } finally {
      await shared.close();
    }
  });

  it('starts EXTRACTION_THREADS brief threads, by default one per CPU but one (at least 1, at most 4)', () => {
    expect([1, 2, 3, 4, 8, 64].map((cpus) => defaultBriefThreads(cpus))).toEqual([1, 1, 2, 3, 4, 4]);
  });
});
