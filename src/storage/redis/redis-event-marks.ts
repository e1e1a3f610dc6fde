import type { Platform } from '../../core/destination';
import type { RedisClient as Redis } from '../../core/redis-client';
import type { ChannelRef } from '../channel-settings-store';
import type { CalendarTokenIndex, EventMarks } from '../event-marks';
import { redisKeys } from './redis-keys';

const dayS = 86_400;

/** EventMarks in Redis: digest days (`SET NX`, two days), the last digest (30 days), reminders sent. */
export class RedisEventMarks implements EventMarks {
  private readonly keys: ReturnType<typeof redisKeys>;

  constructor(
    private readonly redis: Pick<Redis, 'set' | 'get' | 'del' | 'exists'>,
    prefix: string,
  ) {
    this.keys = redisKeys(prefix);
  }

  async takeDigestDay(ref: ChannelRef, day: string): Promise<boolean> {
    return (await this.redis.set(this.keys.digestDay(ref, day), '1', 'EX', 2 * dayS, 'NX')) === 'OK';
  }

  async releaseDigestDay(ref: ChannelRef, day: string): Promise<void> {
    await this.redis.del(this.keys.digestDay(ref, day));
  }

  async lastDigestAt(ref: ChannelRef): Promise<number | undefined> {
    const raw = await this.redis.get(this.keys.digestLast(ref));
    return raw === null ? undefined : Number(raw);
  }

  async setLastDigestAt(ref: ChannelRef, at: number): Promise<void> {
    await this.redis.set(this.keys.digestLast(ref), String(at), 'EX', 30 * dayS);
  }

  async reminderSent(jobId: string, at: number): Promise<boolean> {
    return (await this.redis.exists(this.keys.reminded(jobId, at))) > 0;
  }

  async markReminderSent(jobId: string, at: number, keepMs: number): Promise<void> {
    await this.redis.set(this.keys.reminded(jobId, at), '1', 'PX', keepMs);
  }
}

/** CalendarTokenIndex in Redis: one string per token holding the channel (JSON). */
export class RedisCalendarTokenIndex implements CalendarTokenIndex {
  private readonly keys: ReturnType<typeof redisKeys>;

  constructor(
    private readonly redis: Pick<Redis, 'set' | 'get' | 'del'>,
    prefix: string,
  ) {
    this.keys = redisKeys(prefix);
  }

  async channelOf(token: string): Promise<ChannelRef | null> {
    const raw = await this.redis.get(this.keys.calendarToken(token));
    if (!raw) return null;
    const { platform, channel } = JSON.parse(raw) as { platform: Platform; channel: string };
    return { platform, channel };
  }

  async set(token: string, ref: ChannelRef): Promise<void> {
    await this.redis.set(
      this.keys.calendarToken(token),
      JSON.stringify({ platform: ref.platform, channel: ref.channel }),
    );
  }

  async remove(token: string): Promise<void> {
    await this.redis.del(this.keys.calendarToken(token));
  }
}
