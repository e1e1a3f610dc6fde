import type { RedisClient as Redis } from '../../core/redis-client';
import type { Config } from '../../config/config';
import { createDeliveryEnqueuer } from '../../delivery/queue-delivery-enqueuer';
import { RedisIntakeAdmission } from '../../intake/redis-intake-admission';
import { RedisIntakeClaims } from '../../intake/intake-claims';
import { QueueIntake } from '../../intake/queue-intake';
import type { Logger } from '../../logging/logger';
import { createQueues, type BriefbotQueues } from '../../queue/create-queues';
import { briefJobId } from '../../queue/queue-names';
import { closeConnection, createInputConnection } from '../../queue/redis-connections';
import { redisTarget } from '../../queue/redis-target';
import { RedisBriefStore } from '../../storage/redis/redis-brief-store';
import { RedisChannelSettingsStore } from '../../storage/redis/redis-channel-settings-store';
import { checkRedisAtStartup } from './redis-readiness';

/** The input side's parts, all on one fail-fast connection. */
export interface InputSide {
  redis: Redis;
  queues: BriefbotQueues;
  briefStore: RedisBriefStore;
  channelSettings: RedisChannelSettingsStore;
  intake: QueueIntake;
  jobState(key: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Connects (and checks Redis) before building the queues: BullMQ reads the server version when a
 * queue is created, which a connection without an offline queue can only do once it is ready.
 */
export async function createInputSide(config: Config, logger: Logger): Promise<InputSide> {
  const redis = createInputConnection(redisTarget(config));
  redis.on('error', (err) => logger.debug({ err: err.message }, 'input Redis connection error'));
  try {
    await checkRedisAtStartup(redis, redisTarget(config));
  } catch (err) {
    redis.disconnect();
    throw err;
  }
  const prefix = config.BRIEFBOT_PREFIX;
  const queues = createQueues(redis, prefix);
  for (const q of queues.all())
    q.on('error', (err) => logger.debug({ err: err.message, queue: q.name }, 'queue error'));
  const briefStore = new RedisBriefStore(redis, prefix);
  const channelSettings = new RedisChannelSettingsStore(redis, prefix, config.DEFAULT_TIMEZONE);
  const intake = new QueueIntake({
    ledger: briefStore,
    briefs: queues.briefs,
    deliveries: createDeliveryEnqueuer(queues.deliveries),
    logger,
    claims: new RedisIntakeClaims(redis, prefix),
    admission: new RedisIntakeAdmission(redis, prefix),
  });
  return {
    redis,
    queues,
    briefStore,
    channelSettings,
    intake,
    jobState: (key) => queues.briefs.getJobState(briefJobId(key)),
    close: async () => {
      await queues.close();
      await closeConnection(redis);
    },
  };
}
