import { randomBytes } from 'node:crypto';
import type { ChannelRef, ChannelSettingsStore } from '../storage/channel-settings-store';
import type { CalendarTokenIndex } from '../storage/event-marks';

/** Shape of a feed token: 192 random bits, URL-safe. */
export const calendarTokenPattern = /^[A-Za-z0-9_-]{32}$/;

/**
 * The secret tokens of the channels' ICS feeds. The channel's settings hold its token; a
 * reverse index (CalendarTokenIndex, src/storage/redis/redis-event-marks.ts) finds the channel of a requested feed.
 * Resetting gives a new token and the old URL stops working.
 */
export class CalendarTokens {
  constructor(private readonly deps: { index: CalendarTokenIndex; settings: ChannelSettingsStore }) {}

  /** The channel's token, created on first use. */
  async ensure(ref: ChannelRef): Promise<string> {
    const { calendarToken } = await this.deps.settings.get(ref);
    if (calendarToken && (await this.deps.index.channelOf(calendarToken))) return calendarToken;
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
    const ref = await this.deps.index.channelOf(token);
    if (!ref) return null;
    const { calendarToken } = await this.deps.settings.get(ref);
    return calendarToken === token ? ref : null;
  }

  private async issue(ref: ChannelRef, old: string | null): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.deps.index.set(token, ref);
    await this.deps.settings.update(ref, { calendarToken: token });
    if (old) await this.deps.index.remove(old);
    return token;
  }
}
