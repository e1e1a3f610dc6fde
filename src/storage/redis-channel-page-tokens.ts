import { randomBytes } from 'node:crypto';
import type { RedisClient as Redis } from '../core/redis-client';
import { platformSchema } from '../core/destination';
import type { ChannelRef } from './channel-settings-store';
import { redisKeys } from './redis/redis-keys';

/** The Redis commands the page tokens use. */
export type PageTokenRedis = Pick<Redis, 'get' | 'multi'>;

/** Shape of a page token: 192 random bits, URL-safe (as the calendar tokens). */
export const pageTokenPattern = /^[A-Za-z0-9_-]{32}$/;

/** The secret tokens of the channels' web pages, and the channel each one opens. */
export interface ChannelPageTokens {
  /** The channel's token, created on first use. */
  ensure(ref: ChannelRef): Promise<string>;
  /** Replaces the channel's token; the old one no longer resolves. */
  reset(ref: ChannelRef): Promise<string>;
  /** The channel a token belongs to, or null for an unknown, malformed or replaced token. */
  resolve(token: string): Promise<ChannelRef | null>;
}

/**
 * Redis implementation: `<prefix>:page-token:<token>` → channel, and
 * `<prefix>:page-token-of:<platform>:<channel>` → its current token. Kept apart from the
 * calendar token, so resetting one link leaves the other working.
 */
export class RedisChannelPageTokens implements ChannelPageTokens {
  constructor(
    private readonly redis: PageTokenRedis,
    private readonly prefix: string,
  ) {}

  private tokenKey(token: string): string {
    return redisKeys(this.prefix).pageToken(token);
  }

  private channelKey(ref: ChannelRef): string {
    return redisKeys(this.prefix).pageTokenOf(ref);
  }

  async ensure(ref: ChannelRef): Promise<string> {
    const current = await this.redis.get(this.channelKey(ref));
    if (current && (await this.resolve(current))) return current;
    return this.issue(ref, current);
  }

  async reset(ref: ChannelRef): Promise<string> {
    return this.issue(ref, await this.redis.get(this.channelKey(ref)));
  }

  async resolve(token: string): Promise<ChannelRef | null> {
    if (!pageTokenPattern.test(token)) return null;
    const raw = await this.redis.get(this.tokenKey(token));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { platform?: unknown; channel?: unknown; team?: unknown };
    const platform = platformSchema.safeParse(parsed.platform);
    if (!platform.success || typeof parsed.channel !== 'string') return null;
    // A channel of a Slack team (installs by many workspaces) keeps its team (docs/adr/035).
    const ref: ChannelRef =
      typeof parsed.team === 'string'
        ? { platform: platform.data, channel: parsed.channel, team: parsed.team }
        : { platform: platform.data, channel: parsed.channel };
    return (await this.redis.get(this.channelKey(ref))) === token ? ref : null;
  }

  private async issue(ref: ChannelRef, old: string | null): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    const tx = this.redis
      .multi()
      .set(
        this.tokenKey(token),
        JSON.stringify({
          platform: ref.platform,
          channel: ref.channel,
          ...(ref.team !== undefined ? { team: ref.team } : {}),
        }),
      )
      .set(this.channelKey(ref), token);
    if (old) tx.del(this.tokenKey(old));
    await tx.exec();
    return token;
  }
}
