import type { RedisClient as Redis } from '../../core/redis-client';
import type { Platform } from '../../core/destination';
import type { ChannelRef, ChannelSettings, ChannelSettingsStore } from '../channel-settings-store';
import { channelSegment, redisKeys } from './redis-keys';

export type ChannelSettingsRedis = Pick<Redis, 'get' | 'hgetall' | 'multi' | 'sismember' | 'sscan'>;

/** Settings of a channel never configured: the install's zone, no digest, default reminders, not watched. */
export function defaultChannelSettings(timezone: string): ChannelSettings {
  return {
    timezone,
    digestTime: null,
    digestSkipEmpty: true,
    reminderLeads: null,
    watch: false,
    calendarToken: null,
    channelName: null,
  };
}

/**
 * Channel settings as a hash per channel under `<prefix>:channel-settings:<platform>:<channel>`, one
 * field per setting (its JSON value), plus a set of watched channels so the message handlers answer
 * "watched?" with one SISMEMBER. A change writes only its own fields, in one MULTI with the watched
 * set, so two people changing different settings at once both keep their change (no read-modify-write).
 * Channels configured before the hash existed keep their old JSON value under `<prefix>:channel:…`;
 * it is read beneath the hash, field by field.
 */
export class RedisChannelSettingsStore implements ChannelSettingsStore {
  constructor(
    private readonly redis: ChannelSettingsRedis,
    private readonly prefix: string,
    private readonly defaultTimezone: string,
  ) {}

  /** Channels configured before the hash existed keep their JSON value here. */
  private legacyId(ref: ChannelRef): string {
    return redisKeys(this.prefix).legacyChannelSettings(ref);
  }

  private id(ref: ChannelRef): string {
    return redisKeys(this.prefix).channelSettings(ref);
  }

  private watchedKey(): string {
    return redisKeys(this.prefix).watchedChannels();
  }

  async get(ref: ChannelRef): Promise<ChannelSettings> {
    const [legacy, fields] = await Promise.all([
      this.redis.get(this.legacyId(ref)),
      this.redis.hgetall(this.id(ref)),
    ]);
    const stored: Record<string, unknown> =
      legacy === null ? {} : (JSON.parse(legacy) as Record<string, unknown>);
    for (const [name, value] of Object.entries(fields)) stored[name] = JSON.parse(value) as unknown;
    return { ...defaultChannelSettings(this.defaultTimezone), ...(stored as Partial<ChannelSettings>) };
  }

  async update(ref: ChannelRef, patch: Partial<ChannelSettings>): Promise<ChannelSettings> {
    const fields = Object.entries(patch)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, JSON.stringify(value)] as const);
    if (fields.length > 0) {
      const tx = this.redis.multi().hset(this.id(ref), Object.fromEntries(fields));
      const member = channelSegment(ref);
      if (patch.watch === true) tx.sadd(this.watchedKey(), member);
      if (patch.watch === false) tx.srem(this.watchedKey(), member);
      const results = (await tx.exec()) ?? [];
      const failed = results.find(([err]) => err !== null);
      if (failed) throw failed[0];
    }
    return this.get(ref);
  }

  async isWatched(ref: ChannelRef): Promise<boolean> {
    return (await this.redis.sismember(this.watchedKey(), channelSegment(ref))) === 1;
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
