import { createHash } from 'node:crypto';
import type { RedisClient as Redis } from '../core/redis-client';
import { briefSchema, type Brief } from '../engine/brief';
import type { ChannelBriefEntry, ChannelBriefLog } from './channel-brief-log';
import type { ChannelRef } from './channel-settings-store';
import { redisKeys } from './redis/redis-keys';

/** The Redis commands the log uses. */
export type ChannelBriefLogRedis = Pick<Redis, 'multi' | 'zrevrange' | 'zrange' | 'zrangebyscore' | 'hmget'>;

export interface ChannelBriefLogOptions {
  /** Most briefs kept per channel (older ones are dropped). */
  keep: number;
  /** How long a brief stays listed after it was posted (ms). */
  keepMs: number;
}

/** Briefs kept per channel by default: a month, at most 50. */
export const defaultBriefLogOptions: ChannelBriefLogOptions = { keep: 50, keepMs: 30 * 86_400_000 };

/** One entry per article: the hash of its URL, or of its title when it has none. */
function entryId(brief: Brief): string {
  return createHash('sha256')
    .update(brief.url ?? `title:${brief.title}`)
    .digest('hex')
    .slice(0, 20);
}

/**
 * Redis implementation: a sorted set of entry ids by posting time
 * (`<prefix>:channel-briefs:<platform>:<channel>`) and a hash of id → brief JSON
 * (`<prefix>:channel-brief-data:<platform>:<channel>`), trimmed on every add.
 */
export class RedisChannelBriefLog implements ChannelBriefLog {
  constructor(
    private readonly redis: ChannelBriefLogRedis,
    private readonly prefix: string,
    private readonly options: ChannelBriefLogOptions = defaultBriefLogOptions,
  ) {}

  private keys(ref: ChannelRef): { order: string; data: string } {
    const keys = redisKeys(this.prefix);
    return { order: keys.channelBriefs(ref), data: keys.channelBriefData(ref) };
  }

  async add(ref: ChannelRef, brief: Brief, at: number): Promise<void> {
    const { order, data } = this.keys(ref);
    const id = entryId(brief);
    await this.redis
      .multi()
      .zadd(order, at, id)
      .hset(data, id, JSON.stringify(brief))
      .pexpire(order, this.options.keepMs)
      .pexpire(data, this.options.keepMs)
      .exec();
    const old = await this.redis.zrangebyscore(order, '-inf', `(${at - this.options.keepMs}`);
    const extra = await this.redis.zrange(order, 0, String(-(this.options.keep + 1)));
    const stale = [...new Set([...old, ...extra])];
    if (stale.length > 0)
      await this.redis
        .multi()
        .zrem(order, ...stale)
        .hdel(data, ...stale)
        .exec();
  }

  async recent(ref: ChannelRef, limit: number): Promise<ChannelBriefEntry[]> {
    if (limit <= 0) return [];
    const { order, data } = this.keys(ref);
    const flat = await this.redis.zrevrange(order, 0, limit - 1, 'WITHSCORES');
    const ids: string[] = [];
    const times: number[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      ids.push(flat[i] as string);
      times.push(Number(flat[i + 1]));
    }
    if (ids.length === 0) return [];
    const raws = await this.redis.hmget(data, ...ids);
    const entries: ChannelBriefEntry[] = [];
    raws.forEach((raw, i) => {
      if (!raw) return;
      // Entries outlive deploys: one that no longer matches the brief contract is skipped.
      const parsed = briefSchema.safeParse(JSON.parse(raw));
      if (parsed.success) entries.push({ brief: parsed.data as Brief, deliveredAt: times[i] ?? 0 });
    });
    return entries;
  }
}
