import { createInputSide, type InputSide } from '../../src/app/process/input-side';
import { loadConfig } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { briefJobId } from '../../src/queue/queue-names';
import { freePort } from '../support/redis-server';
import { runOnPage } from '../support/run-on-page';
import { postToSlackEndpoint, slackSignatureHeaders, slashCommandBody } from '../support/slack-signing';
import { cleanUp, startFaultRedis, within, type FaultRedis } from './support/fault-cleanup';
import { startNewsSite } from './support/news-site';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/fake-slack-api';
import { serviceEnv } from './support/service-env';
import { startWorkerProcess, waitUntil, type WorkerProcess } from './support/worker-process';

const RUN_ON_PAGES = 2;

/**
 * Issue 17: a page the engine finds super-linear (one run-on sentence full of dates) once froze
 * `briefbot serve` for seconds: /healthz and Slack acks stalled, the job lost its lock and ran again.
 */
describe('run-on-sentence pages under load in `briefbot serve`', () => {
  let redis: FaultRedis;
  let slack: FakeSlackApi;
  let site: Awaited<ReturnType<typeof startNewsSite>>;
  let serve: WorkerProcess;
  let input: InputSide;
  let env: Record<string, string>;
  let base: string;

  beforeAll(async () => {
    redis = await startFaultRedis();
    slack = await startFakeSlackApi();
    site = await startNewsSite(2);
    for (let i = 0; i < RUN_ON_PAGES; i++)
      site.route(`/run-on/${i}`, {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: runOnPage(300_000 + i * 1000),
      });
    const port = await freePort();
    env = serviceEnv({
      redisUrl: redis.url,
      prefix: 'bbfault',
      slackApiUrl: slack.apiUrl,
      allow: [`127.0.0.1:${site.port}`],
      concurrency: 2,
      extra: { HTTP_PORT: String(port), HTTP_HOST: '127.0.0.1', ENGINE_TIMEOUT_MS: '300' },
    });
    base = `http://127.0.0.1:${port}`;
    serve = startWorkerProcess(env, 'serve');
    await waitUntil(
      async () => (await fetch(`${base}/readyz`).catch(() => undefined))?.status === 200,
      '`briefbot serve` to be ready',
      30_000,
    );
    input = await createInputSide(loadConfig(env), silentLogger());
  });

  afterAll(() =>
    cleanUp(
      serve && (() => serve.stop()),
      input && (() => within(input.close(), 10_000, 'closing the input side')),
      site && (() => site.close()),
      slack && (() => slack.close()),
      redis && (() => redis.dispose()),
    ),
  );

  it('keeps /healthz and slash commands under 1 s, fails each page once as "too unusual", briefs the rest', async () => {
    const urls = [
      ...Array.from({ length: RUN_ON_PAGES }, (_, i) => `${site.url}/run-on/${i}`),
      site.storyUrl(0),
      site.storyUrl(1),
    ];
    const keys: string[] = [];
    for (const [i, url] of urls.entries()) {
      const res = await fetch(`${base}/api/briefs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${env.API_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          url,
          destination: { platform: 'slack', channel: `C0RUNON${i}`, requester: { user: `U0RUN${i}` } },
        }),
      });
      expect(res.status).toBe(202);
      keys.push(((await res.json()) as { key: string }).key);
    }

    let slowestHealth = 0;
    let slowestCommand = 0;
    const secret = env.SLACK_SIGNING_SECRET!;
    const settled = async () => {
      const states = await Promise.all(keys.map((k) => input.queues.briefs.getJobState(briefJobId(k))));
      return states.every((s) => s === 'failed' || s === 'completed');
    };
    let asked = 0;
    do {
      let started = performance.now();
      const health = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5000) });
      slowestHealth = Math.max(slowestHealth, performance.now() - started);
      expect(health.status).toBe(200);
      const body = slashCommandBody({
        text: 'help',
        user: `U0ASK${++asked}`,
        responseUrl: slack.responseUrl('help'),
      });
      started = performance.now();
      const reply = await postToSlackEndpoint(
        `${base}/slack/events`,
        body,
        slackSignatureHeaders(secret, body),
        'application/x-www-form-urlencoded',
      );
      slowestCommand = Math.max(slowestCommand, performance.now() - started);
      expect(reply.text).toContain('/brief');
      await new Promise((r) => setTimeout(r, 100));
    } while (!(await settled()));
    expect(slowestHealth).toBeLessThan(1000);
    expect(slowestCommand).toBeLessThan(1000);

    for (let i = 0; i < RUN_ON_PAGES; i++) {
      const job = await input.queues.briefs.getJob(briefJobId(keys[i]!));
      expect([i, await job?.getState(), job?.attemptsMade]).toEqual([i, 'failed', 1]);
      expect(site.hits.get(`/run-on/${i}`)).toBe(1);
    }
    await waitUntil(() => slack.posted().length >= 2, 'the two normal stories to be posted', 30_000).catch(
      async (err: Error) => {
        const states = await Promise.all(keys.map((k) => input.queues.briefs.getJobState(briefJobId(k))));
        throw new Error(
          `${err.message}; brief jobs ${states.join(',')}; calls ${JSON.stringify(slack.calls.filter((c) => c.method !== 'response_url').slice(0, 8))}\n${serve.output()}`,
        );
      },
    );
    const notices = slack.calls.filter((c) => c.method === 'chat.postEphemeral' && c.status === 200);
    for (let i = 0; i < RUN_ON_PAGES; i++) {
      const told = notices.filter((n) => n.channel === `C0RUNON${i}`);
      expect(told.map((n) => n.text)).toEqual([
        `Couldn't brief ${site.url}/run-on/${i}: this page is too unusual to brief`,
      ]);
    }
    expect(
      slack
        .posted()
        .map((p) => p.channel)
        .sort(),
    ).toEqual([`C0RUNON${RUN_ON_PAGES}`, `C0RUNON${RUN_ON_PAGES + 1}`]);
  });
});
