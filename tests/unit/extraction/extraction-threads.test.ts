import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { loadConfig } from '../../../src/config/config';
import { ExtractionPool } from '../../../src/extraction/extraction-pool';
import type { ExtractRequest } from '../../../src/extraction/worker-messages';

/** A thread that answers every page at once with a one-line article, counting what it was sent. */
class AnsweringThread extends EventEmitter {
  pages = 0;
  terminated = false;
  postMessage(request: ExtractRequest): void {
    this.pages++;
    queueMicrotask(() =>
      this.emit('message', { id: request.id, ok: true, article: { title: 't', text: request.html } }),
    );
  }
  ref(): void {}
  unref(): void {}
  async terminate(): Promise<number> {
    this.terminated = true;
    return 0;
  }
}

describe('extraction threads', () => {
  it('never runs more threads than its size, and replaces a thread after its share of pages', async () => {
    const threads: AnsweringThread[] = [];
    let mostAlive = 0;
    const spawn = () => {
      const thread = new AnsweringThread();
      threads.push(thread);
      mostAlive = Math.max(mostAlive, threads.filter((t) => !t.terminated).length);
      return thread as unknown as Worker;
    };
    const pool = new ExtractionPool(2, spawn, 5);
    const pages = Array.from({ length: 23 }, (_, i) => `<p>page ${i}</p>`);
    const articles = await Promise.all(pages.map((html) => pool.run(html, undefined, 10_000)));
    expect(articles.map((a) => a.text)).toEqual(pages);
    // 23 pages, at most 5 per thread: every thread that reached 5 was stopped, never more than 2 alive at once.
    expect(threads.reduce((sum, t) => sum + t.pages, 0)).toBe(23);
    expect(Math.max(...threads.map((t) => t.pages))).toBe(5);
    expect(threads.filter((t) => t.pages === 5).every((t) => t.terminated)).toBe(true);
    expect(threads.filter((t) => !t.terminated).length).toBeLessThanOrEqual(2);
    expect(mostAlive).toBeLessThanOrEqual(2);
    await pool.close();
  });

  it('reads EXTRACTION_THREADS, and leaves it unset (the CPU count) when empty', () => {
    expect(loadConfig({ EXTRACTION_THREADS: '3' }).EXTRACTION_THREADS).toBe(3);
    expect(loadConfig({ EXTRACTION_THREADS: '' }).EXTRACTION_THREADS).toBeUndefined();
    expect(() => loadConfig({ EXTRACTION_THREADS: '0' })).toThrow(/EXTRACTION_THREADS/);
  });
});
