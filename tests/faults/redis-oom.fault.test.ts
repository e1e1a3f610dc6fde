import { Redis } from 'ioredis';
import { freePort } from '../support/redis-server';
import { postToSlackEndpoint, slackSignatureHeaders, slashCommandBody } from '../support/slack-signing';
import { cleanUp, startFaultRedis, type FaultRedis } from './support/fault-cleanup';
import { startNewsSite } from './support/news-site';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/fake-slack-api';
import { serviceEnv } from './support/service-env';
import { startWorkerProcess, waitUntil, type WorkerProcess } from './support/worker-process';

const UNAVAILABLE = /^briefbot can’t reach its queue right now/;

/** Redis full under noeviction: it answers PING and reads, and refuses every write with OOM. */
describe('Redis out of memory under `briefbot serve`', () => {
  let redis: FaultRedis;
  let admin: Redis;
  let slack: FakeSlackApi;
  let site: Awaited<ReturnType<typeof startNewsSite>>;
  let serve: WorkerProcess;
  let env: Record<string, string>;
  let base: string;

  beforeAll(async () => {
    redis = await startFaultRedis();
    admin = new Redis(redis.url);
    slack = await startFakeSlackApi();
    site = await startNewsSite(2);
    const port = await freePort();
    env = serviceEnv({
      redisUrl: redis.url,
      prefix: 'bbfault',
      slackApiUrl: slack.apiUrl,
      allow: [`127.0.0.1:${site.port}`],
      extra: { HTTP_PORT: String(port), HTTP_HOST: '127.0.0.1' },
    });
    base = `http://127.0.0.1:${port}`;
    serve = startWorkerProcess(env, 'serve');
    await waitUntil(
      async () => (await fetch(`${base}/readyz`).catch(() => undefined))?.status === 200,
      '`briefbot serve` to be ready',
      30_000,
    );
  });

  afterAll(() =>
    cleanUp(
      serve && (() => serve.stop()),
      admin && (async () => admin.disconnect()),
      site && (() => site.close()),
      slack && (() => slack.close()),
      redis && (() => redis.dispose()),
    ),
  );

  const post = (url: string, channel: string) =>
    fetch(`${base}/api/briefs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.API_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url, destination: { platform: 'slack', channel } }),
      signal: AbortSignal.timeout(2000),
    });
  let asked = 0;
  const command = async (text: string) => {
    const user = `U0OOM${++asked}`;
    // A workspace admin, so the settings commands reach Redis (the manager rule would refuse others first).
    slack.admins.add(user);
    const body = slashCommandBody({ text, user, responseUrl: slack.responseUrl('oom') });
    const started = performance.now();
    const res = await postToSlackEndpoint(
      `${base}/slack/events`,
      body,
      slackSignatureHeaders(env.SLACK_SIGNING_SECRET!, body),
      'application/x-www-form-urlencoded',
    );
    return { ms: performance.now() - started, text: (JSON.parse(res.text) as { text: string }).text };
  };

  it('says so everywhere within a second, stays up, and works again once memory is back', async () => {
    await admin.config('SET', 'maxmemory', '1');
    try {
      const ready = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(1000) });
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { error: string }).error).toMatch(/refuses writes/);
      const refused = await post(site.storyUrl(0), 'C0OOM');
      expect(refused.status).toBe(503);
      for (const text of [site.storyUrl(0), 'watch on', 'digest 08:00', 'remind 1d', 'tz Europe/Paris']) {
        const reply = await command(text);
        expect([text, reply.text]).toEqual([text, expect.stringMatching(UNAVAILABLE)]);
        expect(reply.ms).toBeLessThan(1000);
      }
      expect(serve.child.exitCode).toBeNull();
    } finally {
      await admin.config('SET', 'maxmemory', '0');
    }
    await waitUntil(
      async () => (await fetch(`${base}/readyz`)).status === 200,
      'readiness after OOM',
      10_000,
    );
    const accepted = await post(site.storyUrl(1), 'C0AFTER');
    expect(accepted.status).toBe(202);
    await waitUntil(
      () => slack.posted().some((p) => p.channel === 'C0AFTER'),
      'the brief after the OOM',
      60_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    // The refused link's "Briefing …" placeholder was taken down again: only the accepted brief is left.
    expect(slack.posted().filter((p) => p.channel === 'C0AFTER')).toHaveLength(1);
    expect([...slack.live.values()]).toEqual(['C0AFTER']);
  });
});
