import type { RedisClient as Redis } from '../../core/redis-client';
import type { Logger } from '../../logging/logger';
import type { SeenEvents } from '../seen-events';
import { redisKeys } from './redis-keys';

/**
 * SeenEvents in Redis: one `SET key NX EX ttl` per event. Slack redelivers for up to about an
 * hour (retries at once, after 1 minute and after 5 minutes), so a day of memory is plenty.
 * If Redis cannot answer, the event is treated as new: intake's own dedupe still holds.
 */
export class RedisSeenEvents implements SeenEvents {
  private readonly keys: ReturnType<typeof redisKeys>;

  constructor(
    private readonly redis: Pick<Redis, 'set'>,
    prefix: string,
    private readonly logger: Logger,
    private readonly ttlSeconds = 24 * 3600,
  ) {
    this.keys = redisKeys(prefix);
  }

  async firstSight(id: string, ttlSeconds = this.ttlSeconds): Promise<boolean> {
    try {
      const answer = await this.redis.set(this.keys.slackSeen(id), '1', 'EX', ttlSeconds, 'NX');
      return answer === 'OK';
    } catch (err) {
      this.logger.warn({ err, id }, 'could not record a Slack event id; relying on intake dedupe');
      return true;
    }
  }
}
