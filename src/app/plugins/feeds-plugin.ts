import { Worker, type Job } from 'bullmq';
import { createFeedProcessor } from '../../../jobs/feed';
import type { CommandDeps } from '../../../commands/command-deps';
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
import { queueNames } from '../../queue/queue-names';
import { RedisBriefStore } from '../../storage/redis/redis-brief-store';
import type { InputContext, PlatformPlugin } from './plugin-contract';

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

/**
 * Followed feeds (issue 18, docs/adr/021). Worker side: the `feeds` processor, polling each feed
 * through the SSRF-safe fetcher and handing new items to the same intake as `/brief <url>`.
 */
export const feedsPlugin: PlatformPlugin = {
  name: 'feeds',
  async startWorker(ctx) {
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
    const worker = new Worker(
      queueNames.feeds,
      createFeedProcessor({
        poll: (feedId, signal) => pollFeed(deps, feedId, signal),
        follow: (job, signal) => followFeed(deps, job, signal),
        notifier: createRequesterNotifier(ctx.chatPorts ?? {}, logger),
      }),
      {
        connection: ctx.redis,
        prefix: config.BRIEFBOT_PREFIX,
        concurrency: config.WORKER_CONCURRENCY,
        lockDuration: config.WORKER_LOCK_DURATION_MS,
        stalledInterval: config.WORKER_STALLED_INTERVAL_MS,
      },
    );
    worker.on('error', (err) => logger.warn({ err: err.message }, 'feeds worker error'));
    worker.on('failed', (job: Job | undefined, err: Error) =>
      logger.warn(
        { id: job?.id, name: job?.name, attempt: job?.attemptsMade, err: err.message },
        'feeds job failed',
      ),
    );
    return {
      close: async () => {
        await worker.close();
        await fetcher.close();
      },
    };
  },
};
