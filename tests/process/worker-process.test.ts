import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInputSide, type InputSide } from '../../src/app/process/input-side';
import { silentLogger } from '../../src/logging/logger';
import { briefJobId } from '../../src/queue/queue-names';
import { startFixtureServer, type FixtureServer } from '../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../support/redis';
import { harbourArticleHtml } from '../support/news-fixtures';
import { deletePrefix, testConfig } from '../support/test-service';
import { waitFor } from '../support/wait-for';

interface Child {
  proc: ChildProcess;
  exited: Promise<number | null>;
}

function startChild(env: Record<string, string>): Promise<Child> {
  const proc = fork(path.join(__dirname, '..', 'support', 'worker-child.js'), [], {
    env: { ...env, PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'ignore', process.env.WORKER_CHILD_LOG ? 'inherit' : 'ignore', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    proc.once('message', () => resolve({ proc, exited }));
    proc.once('exit', (code) => reject(new Error(`worker child exited with ${code} before it was ready`)));
  });
}

function lines(file: string): { channel: string; kind: string }[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { channel: string; kind: string });
}

describe('a worker process', () => {
  const prefix = uniquePrefix('proc');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-worker-'));
  let site: FixtureServer;
  let input: InputSide;
  let env: Record<string, string>;
  const children: ChildProcess[] = [];
  let holdFirst = true;

  beforeAll(async () => {
    site = await startFixtureServer({
      // The first request hangs (the worker is "in the middle of a brief job"); later ones answer.
      '/crash/story': (_req, res) => {
        if (holdFirst) {
          holdFirst = false;
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html' }).end(harbourArticleHtml());
      },
    });
    for (const n of [1, 2, 3]) {
      site.route(`/slow/${n}`, (_req, res) => {
        setTimeout(
          () =>
            res
              .writeHead(200, { 'content-type': 'text/html' })
              .end(harbourArticleHtml(`Harbour story number ${n} goes to council vote`)),
          1500,
        );
      });
    }
    const config = testConfig({ redisUrl: testRedisUrl(), prefix, newsHost: `127.0.0.1:${site.port}` });
    input = await createInputSide(config, silentLogger());
    env = {
      REDIS_URL: testRedisUrl(),
      BRIEFBOT_PREFIX: prefix,
      BRIEFBOT_FETCH_ALLOW: `127.0.0.1:${site.port}`,
      LOG_LEVEL: process.env.WORKER_CHILD_LOG ?? 'silent',
      LOCK_MS: '3000',
      STALLED_MS: '1000',
    };
  }, 180_000);

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await input?.close();
    await site?.close();
    await deletePrefix(testRedisUrl(), prefix);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('killed with SIGKILL mid-job: a new worker picks the job up and the brief is delivered exactly once', async () => {
    const posts = path.join(dir, 'crash.jsonl');
    const first = await startChild({ ...env, POSTS_FILE: posts });
    children.push(first.proc);
    const { key } = await input.intake.submit(`${site.url}/crash/story`, {
      platform: 'test',
      channel: 'C-crash',
      requester: { user: 'U1' },
    });
    await waitFor('the first worker to start fetching', () => (site.hits.get('/crash/story') ?? 0) >= 1);
    first.proc.kill('SIGKILL');
    await first.exited;

    // The first worker's short lock (3 s) lets its job be found stalled soon after the kill; the second
    // keeps a long lock, so its own lock cannot lapse while the local engine holds its main thread.
    const second = await startChild({ ...env, POSTS_FILE: posts, LOCK_MS: '30000' });
    children.push(second.proc);
    // Generous limits: on a loaded 2-core machine the second worker's brief takes tens of seconds.
    await waitFor('the delivery by the second worker', () => lines(posts).length >= 1, 90_000);
    await waitFor(
      'the brief job to complete',
      async () => (await input.queues.briefs.getJobState(briefJobId(key))) === 'completed',
      90_000,
    );
    await waitFor('the deliveries queue to drain', async () => {
      const counts = await input.queues.deliveries.getJobCounts('waiting', 'active', 'delayed');
      return Object.values(counts).every((n) => n === 0);
    });
    expect(lines(posts)).toEqual([expect.objectContaining({ channel: 'C-crash', kind: 'brief' })]);
    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 240_000);

  it('on SIGTERM lets running jobs finish, leaves none stalled, and exits 0', async () => {
    const posts = path.join(dir, 'term.jsonl');
    // The default lock here: the local engine runs on the main thread, and a 1 s lock could lapse while it works.
    const child = await startChild({ ...env, POSTS_FILE: posts, LOCK_MS: '30000', STALLED_MS: '30000' });
    children.push(child.proc);
    const keys: string[] = [];
    for (const n of [1, 2, 3]) {
      keys.push(
        (await input.intake.submit(`${site.url}/slow/${n}`, { platform: 'test', channel: `C-term-${n}` }))
          .key,
      );
    }
    await waitFor('all three fetches to be running', () =>
      [1, 2, 3].every((n) => (site.hits.get(`/slow/${n}`) ?? 0) >= 1),
    );
    child.proc.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    for (const key of keys) {
      const job = await input.queues.briefs.getJob(briefJobId(key));
      expect(await job?.getState()).toBe('completed');
      expect(job?.stalledCounter).toBe(0);
      expect(await input.briefStore.get(key)).not.toBeNull();
    }
  }, 240_000);
});
