import type { ChatMessage } from '../core/chat-message';
import type { MessageRef, Platform, PostReplacing, Requester } from '../core/destination';

/**
 * The port the worker posts through. Each adapter (Slack WebClient, Discord REST) renders
 * the message for its platform. Implementations throw `ChatPostError` (retryable or not).
 */
export interface ChatPort {
  readonly platform: Platform;
  /**
   * Post to a channel (or as a reply in a thread when `replyTo` is given). `team`: the Slack team the
   * channel belongs to when briefbot is installed in several workspaces; the port posts with its token.
   * With `replace`, the bot's placeholder message is edited into this one instead (Slack chat.update,
   * Discord edit of the deferred reply); a placeholder that is gone or can no longer be edited gives a
   * new post.
   */
  post(channel: string, message: ChatMessage, options?: PostOptions): Promise<MessageRef>;
  /**
   * Tell one person something only they see: Slack ephemeral, Discord ephemeral follow-up of their
   * slash command or else a direct message. Never a public message.
   */
  notify(requester: Requester, channel: string, text: string, team?: string): Promise<void>;
  /**
   * Mark a person's message (a link posted in a watched channel) as briefed ✅ or failed ⚠, replacing
   * the 👀 the bot put on it when it saw the link. Best effort: a failure is logged, never thrown.
   */
  mark?(channel: string, messageId: string, state: MessageMark, team?: string): Promise<void>;
  /**
   * Send one person a direct message (a personal "Remind me" reminder): Slack conversations.open then
   * chat.postMessage (with the team's token), Discord a DM channel. Never a public message.
   */
  direct?(user: string, message: ChatMessage, team?: string): Promise<MessageRef>;
}

/** Where in the channel a post goes, what it replaces, and (Slack, several workspaces) whose token posts it. */
export interface PostOptions {
  replyTo?: string;
  team?: string;
  replace?: PostReplacing;
}

/** The post options of a destination-like value (its thread, its team); undefined when it has neither. */
export function postOptionsOf(x: {
  replyTo?: string | undefined;
  team?: string | undefined;
}): PostOptions | undefined {
  if (x.replyTo === undefined && x.team === undefined) return undefined;
  return {
    ...(x.replyTo !== undefined ? { replyTo: x.replyTo } : {}),
    ...(x.team !== undefined ? { team: x.team } : {}),
  };
}

/** What became of a watched link: briefed, or not. */
export type MessageMark = 'done' | 'failed';

/** A post that failed; `retryable` says whether trying again can help. */
export class ChatPostError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ChatPostError';
  }
}
