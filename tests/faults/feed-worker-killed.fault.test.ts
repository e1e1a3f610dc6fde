import { createInputSide, type InputSide } from '../../src/app/process/input-side';
import { loadConfig } from '../../src/config/config';
import { createFeedScheduler } from '../../src/feeds/feed-scheduler';
import { FeedsCommands } from '../../src/feeds/feeds-commands';
import { RedisFeedStore } from '../../src/feeds/redis-feed-store';
import { silentLogger } from '../../src/logging/logger';
import {
  newsItem,
  startFakeFeedServer,
  type FakeFeedServer,
  type ServedFeed,
} from '../fakes/fake-feed-server';
import { cleanUp, startFaultRedis, within, type FaultRedis } from './support/fault-cleanup';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/fake-slack-api';
import { serviceEnv } from './support/service-env';
import { startWorkerProcess, waitUntil, type WorkerProcess } from './support/worker-process';

const LOCK_MS = 5000;

describe('a worker killed with SIGKILL in the middle of a feed poll', () => {
  let redis: FaultRedis;
  let slack: FakeSlackApi;
  let server: FakeFeedServer;
  let input: InputSide;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await startFaultRedis(['--appendonly', 'yes']);
    slack = await startFakeSlackApi();
    server = await startFakeFeedServer();
  });

  afterAll(() =>
    cleanUp(
      () => Promise.all(workers.map((w) => w.kill())),
      input && (() => within(input.close(), 10_000, 'closing the input side')),
      server && (() => server.close()),
      slack && (() => slack.close()),
      redis && (() => redis.dispose()),
    ),
  );

  it('neither loses nor doubles an item: the worker that takes over posts each one once', async () => {
    const env = serviceEnv({
      redisUrl: redis.url,
      prefix: 'bbfeedfault',
      slackApiUrl: slack.apiUrl,
      allow: [server.host],
      extra: {
        WORKER_LOCK_DURATION_MS: String(LOCK_MS),
        WORKER_STALLED_INTERVAL_MS: '1000',
        FEED_POLL_SECONDS: '5',
        FEED_MAX_ITEMS_PER_POLL: '3',
      },
    });
    const config = loadConfig(env);
    input = await createInputSide(config, silentLogger());
    const store = new RedisFeedStore(input.redis, config.BRIEFBOT_PREFIX);
    const feeds = new FeedsCommands({
      store,
      queue: input.queues.feeds,
      scheduler: createFeedScheduler(input.queues.feeds),
    });
    const feed: ServedFeed = {
      format: 'rss',
      title: 'Night Desk',
      items: [newsItem(server, 'Already there')],
    };
    server.serveFeed('/night.rss', feed);

    const first = startWorkerProcess(env);
    workers.push(first);
    await feeds.requestFollow({
      url: `${server.url}/night.rss`,
      destination: { platform: 'slack', channel: 'C0FEED', requester: { user: 'U0ALICE' } },
      include: [],
      exclude: [],
    });
    const followed = () => feeds.list({ platform: 'slack', channel: 'C0FEED' });
    await waitUntil(async () => (await followed()).length === 1, 'the follow', 60_000);

    // Five new items: three are briefed, two go in the compact list, which the poll itself posts.
    // Slack holds every post open, so the first one to arrive is the poll's list: kill the worker there.
    slack.mode = { kind: 'hold' };
    const base = Date.parse('2026-11-30T00:00:00Z');
    for (let n = 1; n <= 5; n++)
      feed.items.push(newsItem(server, `Night story ${n}`, new Date(base + n * 60_000).toISOString()));
    await waitUntil(
      () => slack.calls.some((c) => c.method === 'chat.postMessage'),
      'the first post attempt',
      60_000,
    );
    const held = slack.calls.find((c) => c.method === 'chat.postMessage');
    expect(held?.text).toMatch(/^…and 2 more from Night Desk/);
    await first.kill();
    await waitUntil(() => slack.heldOpen() === 0, 'the fake Slack to see the dead connection', 10_000, 20);
    slack.release();
    expect(slack.posted()).toHaveLength(0);

    const second = startWorkerProcess(env);
    workers.push(second);
    const posts = () => slack.posted().filter((c) => c.channel === 'C0FEED');
    await waitUntil(() => posts().length >= 4, 'three briefs and the list from the second worker', 90_000);
    // One more item after the takeover is posted too (nothing stuck), and nothing is doubled.
    feed.items.push(newsItem(server, 'Morning story', new Date(base + 3600_000).toISOString()));
    await waitUntil(() => posts().length >= 5, 'the item after the takeover', 60_000);
    await new Promise((r) => setTimeout(r, 6000)); // one more poll round: a doubled post would show here
    const texts = posts().map((c) => c.text ?? '');
    expect(texts.filter((t) => t.startsWith('…and 2 more from Night Desk'))).toHaveLength(1);
    for (const title of ['Night story 3', 'Night story 4', 'Night story 5', 'Morning story'])
      expect(texts.filter((t) => t.includes(title) && !t.startsWith('…and'))).toHaveLength(1);
    expect(texts).toHaveLength(5);
    const [status] = await followed();
    expect(status?.feed.state).toBe('active');
  });
});
