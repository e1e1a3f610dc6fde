import type { RedisClient as Redis } from '../../core/redis-client';
import type { Clock } from '../../clock/clock';
import type { ChannelRef } from '../channel-settings-store';
import { channelEventSchema, type ChannelEvent } from '../../events/channel-event';
import { channelSegment, redisKeys } from './redis-keys';

/** The Redis commands the ledger uses. */
export type LedgerRedis = Pick<Redis, 'multi' | 'hgetall' | 'zrangebyscore' | 'zrem' | 'sismember'>;

const dayMs = 86_400_000;
/** Longest span of one event (a month): queries start this far back so running events are seen. */
const longestEventMs = 32 * dayMs;

/**
 * The events of every channel: a sorted set per channel by start time (`<prefix>:events:<platform>:<channel>`)
 * and a hash per event (`<prefix>:event:<platform>:<channel>:<id>`). Event hashes expire
 * `retentionDays` after the event ends; `prune` removes expired ids from the sorted set.
 */
export class RedisEventLedger {
  constructor(
    private readonly redis: LedgerRedis,
    private readonly prefix: string,
    private readonly retentionDays: number,
    private readonly clock: Clock,
  ) {}

  private setKey(ref: ChannelRef): string {
    return redisKeys(this.prefix).channelEvents(ref);
  }

  private eventKey(ref: ChannelRef, id: string): string {
    return redisKeys(this.prefix).channelEvent(ref, id);
  }

  async save(event: ChannelEvent): Promise<void> {
    const key = this.eventKey(event, event.id);
    await this.redis
      .multi()
      .del(key)
      .hset(key, {
        id: event.id,
        platform: event.platform,
        channel: event.channel,
        ...(event.team !== undefined ? { team: event.team } : {}),
        date: event.date,
        time: event.time ?? '',
        timezone: event.timezone ?? '',
        what: event.what,
        where: event.where ?? '',
        status: event.status,
        startsAt: String(event.startsAt),
        endsAt: String(event.endsAt),
        previousDate: event.previousDate ?? '',
        sources: JSON.stringify(event.sources),
        reminderJobs: JSON.stringify(event.reminderJobs),
      })
      // Relative to the injected clock, so the expiry agrees with what the rest of briefbot thinks "now" is.
      .pexpire(key, Math.max(1000, event.endsAt + this.retentionDays * dayMs - this.clock.now().getTime()))
      .zadd(this.setKey(event), event.startsAt, event.id)
      .exec();
  }

  async get(ref: ChannelRef, id: string): Promise<ChannelEvent | null> {
    const h = await this.redis.hgetall(this.eventKey(ref, id));
    if (!h.id) return null;
    const parsed = channelEventSchema.safeParse({
      ...h,
      time: h.time || null,
      timezone: h.timezone || null,
      where: h.where || null,
      previousDate: h.previousDate || undefined,
      team: h.team || undefined,
      startsAt: Number(h.startsAt),
      endsAt: Number(h.endsAt),
      sources: JSON.parse(h.sources ?? '[]'),
      reminderJobs: JSON.parse(h.reminderJobs ?? '[]'),
    });
    return parsed.success ? (parsed.data as ChannelEvent) : null;
  }

  /** Events that have not ended by `after` and start before `before`, by start time. */
  async list(ref: ChannelRef, range: { after: number; before: number }): Promise<ChannelEvent[]> {
    const ids = await this.redis.zrangebyscore(
      this.setKey(ref),
      range.after - longestEventMs,
      `(${range.before}`,
    );
    const events = await Promise.all(ids.map((id) => this.get(ref, id)));
    return events.filter((e): e is ChannelEvent => e !== null && e.endsAt > range.after);
  }

  private dismissedKey(ref: ChannelRef): string {
    return `${this.prefix}:dismissed-events:${channelSegment(ref)}`;
  }

  /**
   * Removes an event the channel said is not one (or is wrong): it leaves the list and the calendar,
   * and the sentences it came from are remembered so the same article does not bring it back.
   */
  async remove(event: ChannelEvent): Promise<void> {
    const tx = this.redis.multi().del(this.eventKey(event, event.id)).zrem(this.setKey(event), event.id);
    for (const s of event.sources) tx.sadd(this.dismissedKey(event), dismissal(s.briefKey, s.quote));
    await tx.exec();
  }

  /** Whether the channel removed the event this article's sentence gave. */
  async isDismissed(ref: ChannelRef, briefKey: string, quote: string): Promise<boolean> {
    return (await this.redis.sismember(this.dismissedKey(ref), dismissal(briefKey, quote))) === 1;
  }

  /** Drops ids whose event hash has expired (past the retention time). Returns how many went. */
  async prune(ref: ChannelRef, now: number): Promise<number> {
    const stale = await this.redis.zrangebyscore(this.setKey(ref), '-inf', now - this.retentionDays * dayMs);
    const gone: string[] = [];
    for (const id of stale) if (!(await this.get(ref, id))) gone.push(id);
    if (gone.length > 0) await this.redis.zrem(this.setKey(ref), ...gone);
    return gone.length;
  }
}

function dismissal(briefKey: string, quote: string): string {
  return `${briefKey}|${quote.replace(/\s+/g, ' ').trim().slice(0, 300)}`;
}
