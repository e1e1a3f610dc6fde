import type { ChatPort } from '../src/chat/chat-port';
import type { ChatMessage } from '../src/core/chat-message';
import type { MessageRef } from '../src/core/destination';

/**
 * The fake chat of the digest morning: answers like a platform with limits, one post per second per
 * channel and `globalPerSecond` posts per second in all. Over a limit it answers 429 with Retry-After,
 * and the caller waits that long and posts again, as SlackChatPort does (ADR 005).
 */
export class RateLimitedChat implements ChatPort {
  readonly platform = 'slack' as const;
  readonly posts = new Map<string, number[]>();
  answered429 = 0;
  private windowStart = 0;
  private inWindow = 0;
  private readonly lastByChannel = new Map<string, number>();

  constructor(
    private readonly globalPerSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  async post(channel: string, _message: ChatMessage, options?: { team?: string }): Promise<MessageRef> {
    const id = options?.team !== undefined ? `${options.team}:${channel}` : channel;
    for (;;) {
      const wait = this.retryAfterMs(id);
      if (wait === 0) break;
      this.answered429++;
      await new Promise((r) => setTimeout(r, wait));
    }
    const at = this.now();
    this.lastByChannel.set(id, at);
    this.posts.set(id, [...(this.posts.get(id) ?? []), at]);
    return { platform: 'slack', channel, id: `${at}.${this.inWindow}` };
  }

  async notify(): Promise<void> {}

  /** 0 when the post is accepted now (and counted), else the Retry-After the platform would answer. */
  private retryAfterMs(id: string): number {
    const at = this.now();
    const last = this.lastByChannel.get(id);
    if (last !== undefined && at - last < 1000) return 1000 - (at - last);
    if (at - this.windowStart >= 1000) {
      this.windowStart = at;
      this.inWindow = 0;
    }
    if (this.inWindow >= this.globalPerSecond) return 1000 - (at - this.windowStart);
    this.inWindow++;
    return 0;
  }
}
