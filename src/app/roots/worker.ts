import type { WorkerOptions } from 'bullmq';
import type { RedisClient as Redis } from '../../core/redis-client';
import type { ArticleSource } from '../../briefing/article-source';
import { BriefService } from '../../briefing/brief-service';
import type { Clock } from '../../clock/clock';
import type { Config } from '../../config/config';
import { createRequesterNotifier, type ChatPorts } from '../../delivery/chat-ports';
import { DeliverService, type OnDelivered } from '../../delivery/deliver-service';
import { createDeliveryEnqueuer } from '../../delivery/queue-delivery-enqueuer';
import type { BriefEngine } from '../../engine/brief-engine';
import type { ServiceMetrics } from '../../http/service-metrics';
import { RedisStoryIndex } from '../../feeds/story-index';
import type { Logger } from '../../logging/logger';
import { createQueues, type BriefbotQueues } from '../../queue/create-queues';
import { closeConnection, createWorkerConnection } from '../../queue/redis-connections';
import { redisTarget } from '../../queue/redis-target';
import { RedisBriefStore } from '../../storage/redis/redis-brief-store';
import { RedisChannelSettingsStore } from '../../storage/redis/redis-channel-settings-store';
import { RedisDeliveryStore } from '../../storage/redis/redis-delivery-store';
import { checkRedisAtStartup } from '../process/redis-readiness';
import { startQueueWorkers, type WorkerServices } from './queue-table';

/** What the worker has connected and built, for the services the root adds (events, feeds). */
export interface WorkerParts {
  redis: Redis;
  queues: BriefbotQueues;
  channelSettings: RedisChannelSettingsStore;
}

/** Services a root adds to the queue table's `reminders`, `digests` and `feeds` rows. */
export type ExtraServices = Pick<WorkerServices, 'events' | 'feeds'> & { close?(): Promise<void> };

export interface WorkerDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  source: ArticleSource;
  engine: BriefEngine;
  chatPorts: ChatPorts;
  onDelivered?: OnDelivered;
  metrics?: ServiceMetrics;
  /** Lock and stall tuning over WORKER_LOCK_DURATION_MS / WORKER_STALLED_INTERVAL_MS (tests shorten them). */
  workerOptions?: Pick<WorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount'>;
  /** The root's events and feeds services (without them only `briefs` and `deliveries` are processed). */
  extraServices?(parts: WorkerParts): ExtraServices;
}

export interface RunningWorker extends WorkerParts {
  /** Lets active jobs finish, then closes queues and Redis. */
  close(): Promise<void>;
}

/**
 * Starts a processor for each row of the queue table (src/app/roots/queue-table.ts) it has the
 * service for. Everything slow happens here: fetching, extracting, the engine, posting through the
 * platforms' Web/REST APIs. Run several to scale out.
 */
export async function startWorker(deps: WorkerDeps): Promise<RunningWorker> {
  const { config, logger } = deps;
  const prefix = config.BRIEFBOT_PREFIX;
  const redis = createWorkerConnection(redisTarget(config));
  redis.on('error', (err) => logger.debug({ err: err.message }, 'worker Redis connection error'));
  try {
    await checkRedisAtStartup(redis, redisTarget(config));
  } catch (err) {
    redis.disconnect();
    throw err;
  }
  const queues = createQueues(redis, prefix);
  const store = new RedisBriefStore(redis, prefix);
  const notifier = createRequesterNotifier(deps.chatPorts, logger);
  const stories = new RedisStoryIndex(redis, prefix);
  const briefService = new BriefService({
    source: deps.source,
    engine: deps.engine,
    store,
    deliveries: createDeliveryEnqueuer(queues.deliveries),
    notifier,
    clock: deps.clock,
    logger,
    briefTtlSeconds: config.BRIEF_TTL_DAYS * 24 * 3600,
    stories,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
  const channelSettings = new RedisChannelSettingsStore(redis, prefix, config.DEFAULT_TIMEZONE);
  const deliverService = new DeliverService({
    briefs: store,
    channelZone: async (ref) => (await channelSettings.get(ref)).timezone,
    records: new RedisDeliveryStore(redis, prefix),
    chatPorts: deps.chatPorts,
    logger,
    stories,
    ...(deps.onDelivered ? { onDelivered: deps.onDelivered } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
  const extra = deps.extraServices?.({ redis, queues, channelSettings }) ?? {};
  const workers = startQueueWorkers(
    { briefs: briefService, deliver: deliverService, notifier, ...extra },
    {
      connection: redis,
      prefix,
      concurrency: config.WORKER_CONCURRENCY,
      lockDuration: config.WORKER_LOCK_DURATION_MS,
      stalledInterval: config.WORKER_STALLED_INTERVAL_MS,
      ...deps.workerOptions,
    },
    { logger, metrics: deps.metrics },
  );
  logger.info(
    { prefix, concurrency: config.WORKER_CONCURRENCY, platforms: Object.keys(deps.chatPorts) },
    'worker started',
  );
  return {
    redis,
    queues,
    channelSettings,
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
      await extra.close?.();
      await queues.close();
      await closeConnection(redis);
      logger.info('worker stopped');
    },
  };
}
