import { Writable } from 'node:stream';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pino from 'pino';
import { platformPlugins, type Closeable } from '../../../src/app/plugins/platform-plugins';
import { startServe } from '../../../src/app/roots/serve';
import { systemClock } from '../../../src/clock/clock';
import { loadConfig, type Config } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { closeConnection, createWorkerConnection } from '../../../src/queue/redis-connections';
import { redisTarget } from '../../../src/queue/redis-target';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { startThrowawayCluster, type ThrowawayCluster } from '../../support/redis-cluster';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { freePort } from '../../support/redis-server';

const apiToken = 'cluster-api-token-0123456789';

function dayFromToday(n: number): { iso: string; prose: string } {
  const d = new Date(Date.now() + n * 86_400_000);
  const prose = d.toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return { iso: d.toISOString().slice(0, 10), prose };
}

const today = new Date().toISOString().slice(0, 10);
const hearing = dayFromToday(5);
const article = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Port authority sets public hearing on the harbour expansion | Bayside Courier</title>
<meta property="og:site_name" content="Bayside Courier">
<meta property="article:published_time" content="${today}T06:00:00Z">
</head><body><article><h1>Port authority sets public hearing on the harbour expansion</h1>
<p>The port authority will hold a public hearing on the harbour expansion on ${hearing.prose},
after residents complained about night-time dredging.</p>
<p>Authority director Helena Varga said the plan would be changed if the hearing showed strong opposition.</p>
</article></body></html>`;

async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('briefbot on a real three-master Redis Cluster', () => {
  let cluster: ThrowawayCluster;
  let slack: FakeSlackApi;
  let site: FixtureServer;
  let serve: Closeable | undefined;
  let config: Config;
  let base: string;

  beforeAll(async () => {
    cluster = await startThrowawayCluster(3);
    slack = await startFakeSlackApi();
    site = await startFixtureServer({
      '/harbour': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: article },
    });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    config = loadConfig({
      REDIS_CLUSTER_NODES: cluster.nodes.join(','),
      BRIEFBOT_PREFIX: uniquePrefix('cluster'),
      HTTP_PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-cluster',
      SLACK_SIGNING_SECRET: 'cluster-signing-secret',
      SLACK_API_URL: slack.apiUrl,
      API_TOKEN: apiToken,
      BRIEFBOT_FETCH_ALLOW: `127.0.0.1:${site.port}`,
      WORKER_CONCURRENCY: '2',
    });
    serve = await startServe({
      config,
      logger: silentLogger(),
      clock: systemClock,
      plugins: platformPlugins,
    });
  }, 60_000);

  afterAll(async () => {
    await serve?.close();
    await site?.close();
    await slack?.close();
    await cluster?.stop();
  });

  it('takes a link through the API, briefs it, posts it to Slack and fires its reminder in the thread', async () => {
    const res = await fetch(`${base}/api/briefs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        url: `${site.url}/harbour`,
        destination: { platform: 'slack', channel: 'C0HARBOUR' },
      }),
    });
    expect(res.status).toBe(202);
    const [post] = await slack.waitFor('chat.postMessage', 1, 30_000);
    expect(post?.body.channel).toBe('C0HARBOUR');
    expect(JSON.stringify(post?.body.blocks)).toContain('Helena Varga');

    // The delivered brief planned the hearing's reminders as delayed jobs on the cluster.
    const connection = createWorkerConnection(redisTarget(config), 'cluster-test');
    const reminders = new Queue('reminders', { connection, prefix: config.BRIEFBOT_PREFIX });
    try {
      let delayed: Awaited<ReturnType<Queue['getDelayed']>> = [];
      await until(async () => {
        delayed = await reminders.getDelayed();
        return delayed.length > 0;
      }, 'the hearing’s reminders');
      expect(delayed.every((job) => job.data.channel === 'C0HARBOUR')).toBe(true);
      // Make the earliest one due now instead of waiting days for it.
      const first = delayed.sort((a, b) => a.timestamp + a.delay - (b.timestamp + b.delay))[0]!;
      await first.promote();
      const calls = await slack.waitFor('chat.postMessage', 2, 30_000);
      const reminder = calls[1]!;
      expect(reminder.body.channel).toBe('C0HARBOUR');
      expect(reminder.body.thread_ts).toBeDefined();
      expect(JSON.stringify(reminder.body)).toContain('hearing');
    } finally {
      await reminders.close();
      await closeConnection(connection);
    }
  });

  it('keeps every key of the install in one slot, on one shard, under the hash-tagged prefix', async () => {
    expect(config.BRIEFBOT_PREFIX).toMatch(/^\{bbtest-cluster-[^}]+\}$/);
    const holders: string[] = [];
    for (const node of cluster.nodes) {
      const [host, port] = node.split(':');
      const redis = new Redis({ host: host!, port: Number(port) });
      try {
        const keys = await redis.keys(`${config.BRIEFBOT_PREFIX}*`);
        if (keys.length > 0) holders.push(node);
        const slots = new Set(await Promise.all(keys.map((k) => redis.cluster('KEYSLOT', k))));
        expect(slots.size).toBeLessThanOrEqual(1);
      } finally {
        redis.disconnect();
      }
    }
    expect(holders).toHaveLength(1);
  });
});

describe('a misconfigured cluster', () => {
  it('fails at start-up with one line that names the nodes, when they are not a cluster, without a log flood', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'debug' },
      new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    // The shared test Redis runs without cluster support.
    const plain = new URL(testRedisUrl());
    const config = loadConfig({
      REDIS_CLUSTER_NODES: `${plain.hostname}:${plain.port || 6379}`,
      BRIEFBOT_PREFIX: uniquePrefix('not-a-cluster'),
      HTTP_PORT: String(await freePort()),
    });
    const started = startServe({ config, logger, clock: systemClock, plugins: [] });
    await expect(started).rejects.toThrow(
      /^briefbot can't use the Redis Cluster at 127\.0\.0\.1:\d+ \(.+\)\./,
    );
    expect(lines.length).toBeLessThan(20);
  }, 20_000);
});
