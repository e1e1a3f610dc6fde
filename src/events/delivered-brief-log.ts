import type { RedisClient as Redis } from '../core/redis-client';
import type { DigestBriefLine } from '../core/chat-message';
import type { ChannelRef } from '../storage/channel-settings-store';
import { redisKeys } from '../storage/redis/redis-keys';

/** The Redis commands the log uses. */
export type DeliveredLogRedis = Pick<Redis, 'multi' | 'zrangebyscore'>;

const keepMs = 8 * 86_400_000;

/**
 * Briefs delivered to each channel, by delivery time, for the next digest
 * (`<prefix>:delivered:<platform>:<channel>`). Entries older than 8 days are trimmed.
 */
export class DeliveredBriefLog {
  constructor(
    private readonly redis: DeliveredLogRedis,
    private readonly prefix: string,
  ) {}

  private key(ref: ChannelRef): string {
    return redisKeys(this.prefix).delivered(ref);
  }

  /** Records a delivery; the same brief delivered again only moves its time. */
  async add(ref: ChannelRef, line: DigestBriefLine, at: number): Promise<void> {
    const member = JSON.stringify({ title: line.title, url: line.url ?? null, what: line.what });
    await this.redis
      .multi()
      .zadd(this.key(ref), at, member)
      .zremrangebyscore(this.key(ref), '-inf', at - keepMs)
      .pexpire(this.key(ref), keepMs)
      .exec();
  }

  /** Briefs delivered after `after` and up to `until` (ms), oldest first. */
  async between(ref: ChannelRef, after: number, until: number): Promise<DigestBriefLine[]> {
    const members = await this.redis.zrangebyscore(this.key(ref), `(${after}`, until);
    return members.map((m) => {
      const parsed = JSON.parse(m) as { title: string; url: string | null; what: string };
      const line: DigestBriefLine = { title: parsed.title, what: parsed.what };
      if (parsed.url) line.url = parsed.url;
      return line;
    });
  }
}
