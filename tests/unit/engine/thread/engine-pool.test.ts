import { Worker } from 'node:worker_threads';
import { fixedClock } from '../../../../src/clock/clock';
import { LocalEngine } from '../../../../src/engine/local/local-engine';
import { EnginePool } from '../../../../src/engine/thread/engine-pool';
import { ThreadedLocalEngine } from '../../../../src/engine/thread/threaded-engine';

/** A thread that says it is ready, then spins forever on the first article: the worst page possible. */
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

describe('the engine thread pool', () => {
  it('gives up on an article past its budget with "too unusual to brief", and the main thread keeps running', async () => {
    const pool = new EnginePool({ size: 1, timeoutMs: 300, spawn: spinningThread });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    try {
      const started = Date.now();
      await expect(pool.run(article, {}, new Date())).rejects.toMatchObject({
        code: 'ENGINE_TIMEOUT',
        retryable: false,
        message: 'this page is too unusual to brief',
      });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(ticks).toBeGreaterThan(5);
      // The spinning thread was replaced: the next article gets a fresh one (which spins too, and times out again).
      await expect(pool.run(article, {}, new Date())).rejects.toMatchObject({ code: 'ENGINE_TIMEOUT' });
    } finally {
      clearInterval(ticker);
      await pool.close();
    }
  });

  it('fails waiting articles with the cause when a thread cannot start', async () => {
    const broken = () => new Worker(`throw new Error('cannot load the engine')`, { eval: true });
    const pool = new EnginePool({ size: 1, timeoutMs: 300, spawn: broken });
    try {
      await expect(pool.run(article, {}, new Date())).rejects.toThrow('cannot load the engine');
    } finally {
      await pool.close();
    }
  });

  it("briefs in a thread exactly as the local engine does in this one, with the caller's clock", async () => {
    const clock = fixedClock('2026-01-06T12:00:00Z');
    const threaded = new ThreadedLocalEngine({ clock, size: 1, timeoutMs: 60_000 });
    try {
      const undated = { title: article.title, text: article.text };
      const inThread = await threaded.brief(undated);
      expect(inThread).toEqual(new LocalEngine({ clock }).briefNow(undated));
      expect(inThread.published).toBe('2026-01-06');
      expect(inThread.next.map((d) => d.date)).toContain('2026-01-10');
      await expect(threaded.brief(article, { published: '2026-02-31' })).rejects.toMatchObject({
        code: 'INVALID_PUBLISHED_DATE',
      });
    } finally {
      await threaded.close();
    }
  });
});
