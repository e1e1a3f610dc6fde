import type { RedisClient as Redis } from '../../core/redis-client';
import type { Logger } from '../../logging/logger';

/** Remembers which Slack events were already handled, so a redelivery is dropped. */
export interface SeenEvents {
  /** True the first time `id` is seen (within the TTL, or `ttlSeconds` when given), false for every repeat. */
  firstSight(id: string, ttlSeconds?: number): Promise<boolean>;
}

/**
 * SeenEvents in Redis: one `SET key NX EX ttl` per event. Slack redelivers for up to about an
 * hour (retries at once, after 1 minute and after 5 minutes), so a day of memory is plenty.
 * If Redis cannot answer, the event is treated as new: intake's own dedupe still holds.
 */
export class RedisSeenEvents implements SeenEvents {
  constructor(
    private readonly redis: Pick<Redis, 'set'>,
    private readonly prefix: string,
    private readonly logger: Logger,
    private readonly ttlSeconds = 24 * 3600,
  ) {}

  async firstSight(id: string, ttlSeconds = this.ttlSeconds): Promise<boolean> {
    try {
      const answer = await this.redis.set(`${this.prefix}:slack:seen:${id}`, '1', 'EX', ttlSeconds, 'NX');
      return answer === 'OK';
    } catch (err) {
      this.logger.warn({ err, id }, 'could not record a Slack event id; relying on intake dedupe');
      return true;
    }
  }
}
