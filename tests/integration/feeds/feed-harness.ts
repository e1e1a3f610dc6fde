import type { RedisClient as Redis } from '../../../src/core/redis-client';
import { startWorker, type RunningWorker } from '../../../src/app/roots/worker';
import { createArticlePipeline, type ArticlePipeline } from '../../../src/app/process/article-pipeline';
import { systemClock } from '../../../src/clock/clock';
import { loadConfig, type Config } from '../../../src/config/config';
import type { Destination } from '../../../src/core/destination';
import { createDeliveryEnqueuer } from '../../../src/delivery/queue-delivery-enqueuer';
import { feedIdOf } from '../../../src/feeds/feed-ids';
import { followFeed, type FollowResult } from '../../../src/feeds/feed-follow';
import { pollFeed } from '../../../src/feeds/feed-poller';
import type { FeedDeps, ItemOutcome, PollOutcome } from '../../../src/feeds/feed-ports';
import { createFeedScheduler } from '../../../src/feeds/feed-scheduler';
import { FeedsCommands } from '../../../src/feeds/feeds-commands';
import { RedisFeedStore } from '../../../src/feeds/redis-feed-store';
import { createFetcher, type Fetcher } from '../../../src/fetching/fetch-page';
import { fetcherOptionsFromConfig } from '../../../src/fetching/fetcher-options-from-config';
import { QueueIntake } from '../../../src/intake/queue-intake';
import { silentLogger } from '../../../src/logging/logger';
import { closeConnection, createWorkerConnection } from '../../../src/queue/redis-connections';
import { RedisBriefStore } from '../../../src/storage/redis/redis-brief-store';
import { startFakeFeedServer, type FakeFeedServer } from '../../fakes/fake-feed-server';

export { newsItem } from '../../fakes/fake-feed-server';
import { RecordingChatPort } from '../../fakes/recording-chat-port';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { deletePrefix } from '../../support/test-service';
import { waitFor } from '../../support/wait-for';

/** Counts of feed metrics by outcome, as prom-client would get them. */
export class RecordingFeedMetrics {
  readonly polls = new Map<PollOutcome, number>();
  readonly items = new Map<ItemOutcome, number>();
  readonly port = {
    poll: (o: PollOutcome) => void this.polls.set(o, (this.polls.get(o) ?? 0) + 1),
    items: (o: ItemOutcome, n: number) => void this.items.set(o, (this.items.get(o) ?? 0) + n),
  };
}

/** One worker's feed services on their own Redis connection (two of these = two workers). */
export interface FeedWorker {
  deps: FeedDeps;
  close(): Promise<void>;
}

/**
 * A real worker (briefs and deliveries, real fetcher, extractor and local engine) posting to a
 * recording chat port, plus the feed services built as the feeds plugin builds them, against a
 * local feed server and a fresh Redis prefix.
 */
export class FeedRig {
  chat = new RecordingChatPort('test');
  /** What the delivery hook (the events ledger in the app) was given: brief key by title, and the message ref. */
  delivered: Array<{ title: string; next: string[]; channel: string; refId: string }> = [];
  metrics = new RecordingFeedMetrics();
  private extra: FeedWorker[] = [];
  private constructor(
    readonly server: FakeFeedServer,
    readonly config: Config,
    readonly worker: RunningWorker,
    private readonly pipeline: ArticlePipeline,
    readonly feeds: FeedWorker,
    readonly commands: FeedsCommands,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<FeedRig> {
    const server = await startFakeFeedServer();
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      BRIEFBOT_PREFIX: uniquePrefix('feeds'),
      LOG_LEVEL: 'silent',
      WORKER_CONCURRENCY: '4',
      BRIEFBOT_FETCH_ALLOW: server.host,
      FEED_MAX_ITEMS_PER_POLL: '5',
      ...env,
    });
    const logger = silentLogger();
    const pipeline = createArticlePipeline(config, { logger, clock: systemClock });
    const chat = new RecordingChatPort('test');
    const delivered: FeedRig['delivered'] = [];
    const worker = await startWorker({
      config,
      logger,
      clock: systemClock,
      source: pipeline.source,
      engine: pipeline.engine,
      chatPorts: { test: chat },
      onDelivered: async (brief, destination, ref) =>
        void delivered.push({
          title: brief.title,
          next: brief.next.map((n) => n.date),
          channel: destination.channel,
          refId: ref.id,
        }),
    });
    const metrics = new RecordingFeedMetrics();
    const feeds = await feedWorker(config, worker, chat, metrics);
    const store = new RedisFeedStore(worker.redis, config.BRIEFBOT_PREFIX);
    const commands = new FeedsCommands({
      store,
      queue: worker.queues.feeds,
      scheduler: createFeedScheduler(worker.queues.feeds),
    });
    const rig = new FeedRig(server, config, worker, pipeline, feeds, commands);
    rig.chat = chat;
    rig.delivered = delivered;
    rig.metrics = metrics;
    return rig;
  }

  /** Another worker's feed services on the same Redis (for the two-workers test). */
  async secondWorker(): Promise<FeedWorker> {
    const w = await feedWorker(this.config, this.worker, this.chat, this.metrics);
    this.extra.push(w);
    return w;
  }

  destination(channel: string): Destination {
    return { platform: 'test', channel, requester: { user: 'U1' } };
  }

  follow(
    path: string,
    channel: string,
    words: { include?: string[]; exclude?: string[] } = {},
  ): Promise<FollowResult> {
    return this.followUrl(`${this.server.url}${path}`, channel, words);
  }

  followUrl(
    url: string,
    channel: string,
    words: { include?: string[]; exclude?: string[] } = {},
  ): Promise<FollowResult> {
    return followFeed(this.feeds.deps, {
      url,
      destination: this.destination(channel),
      include: words.include ?? [],
      exclude: words.exclude ?? [],
    });
  }

  feedId(path: string): string {
    return feedIdOf(`${this.server.url}${path}`);
  }

  poll(path: string, on: FeedWorker = this.feeds): Promise<PollOutcome> {
    return pollFeed(on.deps, this.feedId(path));
  }

  /** Brief posts per channel (titles), once every brief job has settled. */
  briefTitles(channel: string): string[] {
    return this.chat.posts
      .filter((p) => p.channel === channel && p.message.kind === 'brief')
      .map((p) => (p.message.kind === 'brief' ? p.message.brief.title : ''));
  }

  notices(channel: string): string[] {
    return this.chat.posts
      .filter((p) => p.channel === channel && p.message.kind === 'notice')
      .map((p) => (p.message.kind === 'notice' ? p.message.text : ''));
  }

  /** Waits until `n` briefs are in `channel`, then until the queues are idle, so extra posts would show. */
  async briefsIn(channel: string, n: number): Promise<string[]> {
    await waitFor(`${n} briefs in ${channel}`, () => this.briefTitles(channel).length >= n, 20000);
    await this.settled();
    return this.briefTitles(channel);
  }

  /** Every brief and delivery job done. */
  async settled(): Promise<void> {
    await waitFor('idle queues', async () => {
      const counts = await Promise.all(
        [this.worker.queues.briefs, this.worker.queues.deliveries].map((q) =>
          q.getJobCounts('waiting', 'active', 'delayed', 'prioritized'),
        ),
      );
      return counts.every((c) => Object.values(c).every((n) => n === 0));
    });
  }

  async close(): Promise<void> {
    for (const w of this.extra) await w.close();
    await this.feeds.close();
    await this.worker.close();
    await this.pipeline.close();
    await deletePrefix(testRedisUrl(), this.config.BRIEFBOT_PREFIX);
    await this.server.close();
  }
}

async function feedWorker(
  config: Config,
  worker: RunningWorker,
  chat: RecordingChatPort,
  metrics: RecordingFeedMetrics,
): Promise<FeedWorker> {
  const redis: Redis = createWorkerConnection(config.REDIS_URL, 'feed-test');
  const fetcher: Fetcher = createFetcher(fetcherOptionsFromConfig(config));
  const logger = silentLogger();
  const deps: FeedDeps = {
    store: new RedisFeedStore(redis, config.BRIEFBOT_PREFIX),
    fetchPage: (url, signal, options) => fetcher.fetchPage(url, signal, options),
    intake: new QueueIntake({
      ledger: new RedisBriefStore(redis, config.BRIEFBOT_PREFIX),
      briefs: worker.queues.briefs,
      deliveries: createDeliveryEnqueuer(worker.queues.deliveries),
      logger,
      deadlineMs: 10_000,
    }),
    scheduler: createFeedScheduler(worker.queues.feeds),
    chat: () => chat,
    clock: systemClock,
    logger,
    metrics: metrics.port,
    pollSeconds: config.FEED_POLL_SECONDS,
    maxItemsPerPoll: config.FEED_MAX_ITEMS_PER_POLL,
  };
  return {
    deps,
    close: async () => {
      await fetcher.close();
      await closeConnection(redis);
    },
  };
}
