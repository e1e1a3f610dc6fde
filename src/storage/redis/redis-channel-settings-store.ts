import type { Redis } from 'ioredis';
import type { Platform } from '../../core/destination';
import type { ChannelRef, ChannelSettings, ChannelSettingsStore } from '../channel-settings-store';
import { redisKeys } from './redis-keys';

export type ChannelSettingsRedis = Pick<Redis, 'get' | 'set' | 'sadd' | 'srem' | 'sismember' | 'sscan'>;

/** Settings of a channel never configured: the install's zone, no digest, default reminders, not watched. */
export function defaultChannelSettings(timezone: string): ChannelSettings {
  return {
    timezone,
    digestTime: null,
    digestSkipEmpty: true,
    reminderLeads: null,
    watch: false,
    calendarToken: null,
  };
}

/**
 * Channel settings as one JSON value per channel under `<prefix>:channel:<platform>:<channel>`,
 * plus a set of watched channels so the message handlers answer "watched?" with one SISMEMBER.
 */
export class RedisChannelSettingsStore implements ChannelSettingsStore {
  constructor(
    private readonly redis: ChannelSettingsRedis,
    private readonly prefix: string,
    private readonly defaultTimezone: string,
  ) {}

  private id(ref: ChannelRef): string {
    return redisKeys(this.prefix).channelSettings(ref);
  }

  private watchedKey(): string {
    return redisKeys(this.prefix).watchedChannels();
  }

  async get(ref: ChannelRef): Promise<ChannelSettings> {
    const raw = await this.redis.get(this.id(ref));
    const defaults = defaultChannelSettings(this.defaultTimezone);
    if (raw === null) return defaults;
    return { ...defaults, ...(JSON.parse(raw) as Partial<ChannelSettings>) };
  }

  async update(ref: ChannelRef, patch: Partial<ChannelSettings>): Promise<ChannelSettings> {
    const next = { ...(await this.get(ref)), ...patch };
    await this.redis.set(this.id(ref), JSON.stringify(next));
    const member = `${ref.platform}:${ref.channel}`;
    if (next.watch) await this.redis.sadd(this.watchedKey(), member);
    else await this.redis.srem(this.watchedKey(), member);
    return next;
  }

  async isWatched(ref: ChannelRef): Promise<boolean> {
    return (await this.redis.sismember(this.watchedKey(), `${ref.platform}:${ref.channel}`)) === 1;
  }

  async anyWatched(platform: Platform): Promise<boolean> {
    // SSCAN with MATCH stops at the first member of this platform; the set holds every platform's channels.
    let cursor = '0';
    do {
      const [next, members] = await this.redis.sscan(
        this.watchedKey(),
        cursor,
        'MATCH',
        `${platform}:*`,
        'COUNT',
        500,
      );
      if (members.length > 0) return true;
      cursor = next;
    } while (cursor !== '0');
    return false;
  }
}
