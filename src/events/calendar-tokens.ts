import { randomBytes } from 'node:crypto';
import type { RedisClient as Redis } from '../core/redis-client';
import type { Platform } from '../core/destination';
import type { ChannelRef, ChannelSettingsStore } from '../storage/channel-settings-store';

/** The Redis commands the token index uses. */
export type TokenRedis = Pick<Redis, 'set' | 'get' | 'del'>;

/** Shape of a feed token: 192 random bits, URL-safe. */
export const calendarTokenPattern = /^[A-Za-z0-9_-]{32}$/;

/**
 * The secret tokens of the channels' ICS feeds. The channel's settings hold its token; a
 * reverse index (`<prefix>:calendar-token:<token>`) finds the channel of a requested feed.
 * Resetting gives a new token and the old URL stops working.
 */
export class CalendarTokens {
  constructor(private readonly deps: { redis: TokenRedis; prefix: string; settings: ChannelSettingsStore }) {}

  private key(token: string): string {
    return `${this.deps.prefix}:calendar-token:${token}`;
  }

  /** The channel's token, created on first use. */
  async ensure(ref: ChannelRef): Promise<string> {
    const { calendarToken } = await this.deps.settings.get(ref);
    if (calendarToken && (await this.deps.redis.get(this.key(calendarToken)))) return calendarToken;
    return this.issue(ref, calendarToken);
  }

  /** Replaces the channel's token; the old one no longer resolves. */
  async reset(ref: ChannelRef): Promise<string> {
    const { calendarToken } = await this.deps.settings.get(ref);
    return this.issue(ref, calendarToken);
  }

  /** The channel a token belongs to, or null for an unknown or replaced token. */
  async resolve(token: string): Promise<ChannelRef | null> {
    if (!calendarTokenPattern.test(token)) return null;
    const raw = await this.deps.redis.get(this.key(token));
    if (!raw) return null;
    const { platform, channel } = JSON.parse(raw) as { platform: Platform; channel: string };
    const ref = { platform, channel };
    const { calendarToken } = await this.deps.settings.get(ref);
    return calendarToken === token ? ref : null;
  }

  private async issue(ref: ChannelRef, old: string | null): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.deps.redis.set(
      this.key(token),
      JSON.stringify({ platform: ref.platform, channel: ref.channel }),
    );
    await this.deps.settings.update(ref, { calendarToken: token });
    if (old) await this.deps.redis.del(this.key(old));
    return token;
  }
}
