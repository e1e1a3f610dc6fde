import type { CommandDeps } from '../../../commands/command-deps';
import type { createFeedProcessor } from '../../../jobs/feed';
import { createRequesterNotifier } from '../../delivery/chat-ports';
import { createDeliveryEnqueuer } from '../../delivery/queue-delivery-enqueuer';
import { followFeed } from '../../feeds/feed-follow';
import { pollFeed } from '../../feeds/feed-poller';
import type { FeedDeps } from '../../feeds/feed-ports';
import { createFeedScheduler } from '../../feeds/feed-scheduler';
import { FeedsCommands } from '../../feeds/feeds-commands';
import { RedisFeedStore } from '../../feeds/redis-feed-store';
import { createFetcher } from '../../fetching/fetch-page';
import { fetcherOptionsFromConfig } from '../../fetching/fetcher-options-from-config';
import { QueueIntake } from '../../intake/queue-intake';
import { RedisBriefStore } from '../../storage/redis/redis-brief-store';
import type { InputContext, WorkerContext } from '../plugins/plugin-contract';

/** What the chat plugins add to their CommandDeps for /brief follow | unfollow | feeds. */
export function feedsCommandDeps(ctx: InputContext): Pick<CommandDeps, 'feeds' | 'logger'> {
  const store = new RedisFeedStore(ctx.redis, ctx.config.BRIEFBOT_PREFIX);
  return {
    feeds: new FeedsCommands({
      store,
      queue: ctx.queues.feeds,
      scheduler: createFeedScheduler(ctx.queues.feeds),
    }),
    logger: ctx.logger.child({ feature: 'feeds' }),
  };
}

type FeedsContext = Pick<
  WorkerContext,
  'config' | 'logger' | 'clock' | 'queues' | 'redis' | 'chatPorts' | 'metrics'
>;

/**
 * Followed feeds (issue 18, docs/adr/021), the worker's `feeds` processor: polls each feed through
 * its own SSRF-safe fetcher and hands new items to the same intake as `/brief <url>`.
 */
export function createFeedServices(ctx: FeedsContext): {
  processor: Parameters<typeof createFeedProcessor>[0];
  close(): Promise<void>;
} {
  const { config } = ctx;
  const logger = ctx.logger.child({ feature: 'feeds' });
  const fetcher = createFetcher(fetcherOptionsFromConfig(config));
  const deps: FeedDeps = {
    store: new RedisFeedStore(ctx.redis, config.BRIEFBOT_PREFIX),
    fetchPage: (url, signal, options) => fetcher.fetchPage(url, signal, options),
    intake: new QueueIntake({
      ledger: new RedisBriefStore(ctx.redis, config.BRIEFBOT_PREFIX),
      briefs: ctx.queues.briefs,
      deliveries: createDeliveryEnqueuer(ctx.queues.deliveries),
      logger,
      deadlineMs: 10_000,
    }),
    scheduler: createFeedScheduler(ctx.queues.feeds),
    chat: (platform) => ctx.chatPorts?.[platform],
    clock: ctx.clock,
    logger,
    pollSeconds: config.FEED_POLL_SECONDS,
    maxItemsPerPoll: config.FEED_MAX_ITEMS_PER_POLL,
    outboxLockMs: config.WORKER_LOCK_DURATION_MS,
    ...(ctx.metrics ? { metrics: ctx.metrics.feeds } : {}),
  };
  return {
    processor: {
      poll: (feedId, signal) => pollFeed(deps, feedId, signal),
      follow: (job, signal) => followFeed(deps, job, signal),
      notifier: createRequesterNotifier(ctx.chatPorts ?? {}, logger),
    },
    close: () => fetcher.close(),
  };
}
