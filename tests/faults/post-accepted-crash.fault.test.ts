import { createInputSide, type InputSide } from '../../src/app/process/input-side';
import { loadConfig } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { FAKE_APPLICATION_ID, FAKE_CHANNEL_ID, FAKE_TOKEN } from '../fakes/fake-discord/fake-discord';
import { FakeDiscordRest } from '../fakes/fake-discord/fake-discord-rest';
import { cleanUp, startFaultRedis, within, type FaultRedis } from './support/fault-cleanup';
import { HoldingProxy } from './support/holding-proxy';
import { startNewsSite } from './support/news-site';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/fake-slack-api';
import { serviceEnv } from './support/service-env';
import { startWorkerProcess, waitUntil, type WorkerProcess } from './support/worker-process';

const isMessagePost = (method: string, path: string) =>
  method === 'POST' && /\/channels\/\d+\/messages$/.test(path);

/**
 * The worst moment to die: Discord has accepted the brief (it is in the channel) but the worker is
 * killed before it reads the answer and writes the delivery record. The worker that takes the job
 * over posts again with the same nonce and `enforce_nonce`, and Discord answers with the first
 * message instead of posting a second one. (Slack has no such key: see docs/adr/004.)
 */
describe('a worker killed after Discord accepted its post, before the delivery record was written', () => {
  let redis: FaultRedis;
  let slack: FakeSlackApi;
  let discord: FakeDiscordRest;
  let proxy: HoldingProxy;
  let site: Awaited<ReturnType<typeof startNewsSite>>;
  let input: InputSide;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await startFaultRedis(['--appendonly', 'yes']);
    slack = await startFakeSlackApi();
    discord = new FakeDiscordRest();
    await discord.start();
    proxy = await new HoldingProxy(discord.url).start();
    site = await startNewsSite(1);
  });

  afterAll(() =>
    cleanUp(
      () => Promise.all(workers.map((w) => w.kill())),
      input && (() => within(input.close(), 10_000, 'closing the input side')),
      site && (() => site.close()),
      proxy && (() => proxy.close()),
      discord && (() => discord.stop()),
      slack && (() => slack.close()),
      redis && (() => redis.dispose()),
    ),
  );

  it('leaves exactly one message in the channel', async () => {
    const env = serviceEnv({
      redisUrl: redis.url,
      prefix: 'bbfault',
      slackApiUrl: slack.apiUrl,
      allow: [`127.0.0.1:${site.port}`],
      extra: {
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
        DISCORD_API_URL: `${proxy.url}/api`,
        WORKER_LOCK_DURATION_MS: '5000',
        WORKER_STALLED_INTERVAL_MS: '1000',
      },
    });
    input = await createInputSide(loadConfig(env), silentLogger());
    proxy.holdAnswers = isMessagePost;
    const first = startWorkerProcess(env);
    workers.push(first);
    const result = await input.intake.submit(site.storyUrl(0), {
      platform: 'discord',
      channel: FAKE_CHANNEL_ID,
    });
    expect(result.status).toBe('queued');

    await waitUntil(() => proxy.held > 0, 'Discord to accept the first post', 60_000);
    await first.kill();
    expect(discord.messages.filter((m) => m.channel_id === FAKE_CHANNEL_ID)).toHaveLength(1);
    proxy.holdAnswers = undefined;

    const second = startWorkerProcess(env);
    workers.push(second);
    await waitUntil(
      () => discord.callsTo('POST', /\/channels\/\d+\/messages$/).length >= 2,
      'the second worker to post again',
      60_000,
    );
    await waitUntil(
      async () => (await input.queues.deliveries.getJobCounts('completed')).completed === 1,
      'the delivery to complete',
      30_000,
    );
    const posts = discord.callsTo('POST', /\/channels\/\d+\/messages$/);
    const nonces = posts.map((c) => (c.body as { nonce?: string }).nonce);
    expect(new Set(nonces).size).toBe(1);
    expect(discord.messages.filter((m) => m.channel_id === FAKE_CHANNEL_ID)).toHaveLength(1);
  });
});
