import { createInputSide, type InputSide } from '../../src/app/process/input-side';
import { loadConfig } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { cleanUp, startFaultRedis, within, type FaultRedis } from './support/fault-cleanup';
import { startNewsSite } from './support/news-site';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/fake-slack-api';
import { serviceEnv } from './support/service-env';
import { startWorkerProcess, waitUntil, type WorkerProcess } from './support/worker-process';

/** Short lock and stalled check (WORKER_LOCK_DURATION_MS, WORKER_STALLED_INTERVAL_MS) so the takeover is quick. */
const LOCK_MS = 5000;
const STALLED_CHECK_MS = 1000;

describe('a worker killed with SIGKILL in the middle of a delivery', () => {
  let redis: FaultRedis;
  let slack: FakeSlackApi;
  let site: Awaited<ReturnType<typeof startNewsSite>>;
  let input: InputSide;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await startFaultRedis(['--appendonly', 'yes']);
    slack = await startFakeSlackApi();
    site = await startNewsSite(1);
  });

  afterAll(() =>
    cleanUp(
      () => Promise.all(workers.map((w) => w.kill())),
      input && (() => within(input.close(), 10_000, 'closing the input side')),
      site && (() => site.close()),
      slack && (() => slack.close()),
      redis && (() => redis.dispose()),
    ),
  );

  it('is posted exactly once, by the worker that takes over', async () => {
    const env = serviceEnv({
      redisUrl: redis.url,
      prefix: 'bbfault',
      slackApiUrl: slack.apiUrl,
      allow: [`127.0.0.1:${site.port}`],
      // A dead worker's job is taken over after about lock + stalled interval: seconds here, not BullMQ's 30 + 30.
      extra: {
        WORKER_LOCK_DURATION_MS: String(LOCK_MS),
        WORKER_STALLED_INTERVAL_MS: String(STALLED_CHECK_MS),
      },
    });
    input = await createInputSide(loadConfig(env), silentLogger());
    slack.mode = { kind: 'hold' };
    const first = startWorkerProcess(env);
    workers.push(first);
    const result = await input.intake.submit(site.storyUrl(0), { platform: 'slack', channel: 'C0KILL' });
    expect(result.status).toBe('queued');

    // The first worker has briefed the link and its chat.postMessage is in flight: kill it there.
    await waitUntil(
      () => slack.calls.some((c) => c.method === 'chat.postMessage'),
      'the first post attempt',
      60_000,
    );
    await first.kill();
    const killedAt = Date.now();
    await waitUntil(() => slack.heldOpen() === 0, 'the fake Slack to see the dead connection', 10_000, 20);
    slack.release();
    expect(slack.posted()).toHaveLength(0);

    const second = startWorkerProcess(env);
    workers.push(second);
    // BullMQ hands the stalled delivery to the second worker once the dead worker's lock expires.
    await waitUntil(() => slack.posted().length > 0, 'the post by the second worker', 60_000);
    const takeoverMs = slack.posted()[0]!.receivedAt - killedAt;
    // Give a wrongly doubled job time to show up before counting.
    await new Promise((r) => setTimeout(r, 3000));
    const posts = slack.posted().filter((c) => c.channel === 'C0KILL');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toContain('council');
    expect(await input.queues.deliveries.getJobCounts('active', 'wait', 'delayed', 'failed')).toEqual({
      active: 0,
      wait: 0,
      delayed: 0,
      failed: 0,
    });
    console.log(
      `worker-killed fault: posted once, ${takeoverMs} ms after the SIGKILL (lock ${LOCK_MS} ms, stalled check every ${STALLED_CHECK_MS} ms)`,
    );
  });
});
