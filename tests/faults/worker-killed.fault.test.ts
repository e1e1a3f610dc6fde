import { createInputSide, type InputSide } from '../../src/app/input-side';
import { loadConfig } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { startThrowawayRedis, type ThrowawayRedis } from '../support/redis-server';
import { startNewsSite } from './support/news-site';
import { startScriptedSlackApi, type ScriptedSlackApi } from './support/scripted-slack-api';
import { serviceEnv } from './support/service-env';
import { startWorkerProcess, waitUntil, type WorkerProcess } from './support/worker-process';

describe('a worker killed with SIGKILL in the middle of a delivery', () => {
  let redis: ThrowawayRedis;
  let slack: ScriptedSlackApi;
  let site: Awaited<ReturnType<typeof startNewsSite>>;
  let input: InputSide;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await startThrowawayRedis(['--appendonly', 'yes']);
    slack = await startScriptedSlackApi();
    site = await startNewsSite(1);
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await input?.close();
    await site?.close();
    await slack?.close();
    await redis?.stop();
  });

  it('is posted exactly once, by the worker that takes over', async () => {
    const env = serviceEnv({
      redisUrl: redis.url,
      prefix: 'bbfault',
      slackApiUrl: slack.apiUrl,
      allow: [`127.0.0.1:${site.port}`],
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
    slack.release();
    expect(slack.posted()).toHaveLength(0);

    const second = startWorkerProcess(env);
    workers.push(second);
    // BullMQ hands the stalled delivery to the second worker once the dead worker's lock expires (30 s by default).
    await waitUntil(() => slack.posted().length > 0, 'the post by the second worker', 120_000);
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
  });
});
