import type { ChatPort, MessageMark } from '../../src/chat/chat-port';
import type { MessageRef, Platform, Requester } from '../../src/core/destination';
import type { ChatMessage } from '../../src/core/chat-message';
import './test-platform';

/** One call to `post`, as the recording port saw it. */
export interface RecordedPost {
  channel: string;
  message: ChatMessage;
  replyTo?: string;
  ref: MessageRef;
}

/**
 * A ChatPort that records what it is asked to post and notify, and answers with message ids
 * "m1", "m2", ... Set `failNext` to make the next post throw (the error given).
 */
export class RecordingChatPort implements ChatPort {
  readonly posts: RecordedPost[] = [];
  readonly notifications: { requester: Requester; channel: string; text: string }[] = [];
  failNext: Error | null = null;
  /** Every post attempt, failed ones included (to prove a retry happened, or did not). */
  attempts = 0;
  private failures: { left: number; error: Error } | null = null;
  private counter = 0;

  constructor(readonly platform: Platform = 'test') {}

  /** Makes the next `times` posts throw `error` (a ChatPostError to test retryable / permanent refusals). */
  failTimes(times: number, error: Error): void {
    this.failures = { left: times, error };
  }

  async post(channel: string, message: ChatMessage, options?: { replyTo?: string }): Promise<MessageRef> {
    this.attempts++;
    if (this.failures && this.failures.left > 0) {
      this.failures.left--;
      throw this.failures.error;
    }
    if (this.failNext) {
      const err = this.failNext;
      this.failNext = null;
      throw err;
    }
    const ref: MessageRef = { platform: this.platform, channel, id: `m${++this.counter}` };
    const recorded: RecordedPost = { channel, message, ref };
    if (options?.replyTo !== undefined) recorded.replyTo = options.replyTo;
    this.posts.push(recorded);
    return ref;
  }

  async notify(requester: Requester, channel: string, text: string): Promise<void> {
    this.notifications.push({ requester, channel, text });
  }

  /** Direct messages sent to one person (personal "Remind me" reminders), in order. */
  readonly directs: { user: string; message: ChatMessage; ref: MessageRef }[] = [];

  async direct(user: string, message: ChatMessage): Promise<MessageRef> {
    const ref: MessageRef = { platform: this.platform, channel: `D-${user}`, id: `dm${++this.counter}` };
    this.directs.push({ user, message, ref });
    return ref;
  }

  /** Marks put on people's messages (✅ briefed / ⚠ failed), in order. */
  readonly marks: { channel: string; messageId: string; state: MessageMark }[] = [];

  async mark(channel: string, messageId: string, state: MessageMark): Promise<void> {
    this.marks.push({ channel, messageId, state });
  }

  /** Posts of one kind, in order. */
  ofKind<K extends ChatMessage['kind']>(
    kind: K,
  ): (RecordedPost & { message: Extract<ChatMessage, { kind: K }> })[] {
    return this.posts.filter(
      (p): p is RecordedPost & { message: Extract<ChatMessage, { kind: K }> } => p.message.kind === kind,
    );
  }
}
