import type { Brief } from '../engine/brief';

/** Chat platforms briefbot speaks to. A third platform is a new folder under src/chat and a name here. */
export type Platform = 'slack' | 'discord' | 'test';

/** Where a brief (or anything else) goes: a channel, optionally as a reply to a message. */
export interface Destination {
  platform: Platform;
  /** Platform channel id. Slack: "C123"; Discord: the channel snowflake. */
  channel: string;
  /** Slack workspace / Discord guild, when known. */
  workspace?: string;
  /** Post as a reply in the thread of this message (Slack ts, Discord message id). */
  replyTo?: string;
  /** Who asked, so failures can be told to them only. */
  requester?: Requester;
}

/** The person who asked for something, with what each platform needs to answer them privately. */
export interface Requester {
  user: string;
  /** Slack: the slash command's response_url (ephemeral follow-ups). */
  responseUrl?: string;
  /** Discord: the interaction token (follow-ups for 15 minutes). */
  interactionToken?: string;
}

/** A posted message, enough to reply in its thread later (reminders). */
export interface MessageRef {
  platform: Platform;
  channel: string;
  /** Slack ts / Discord message id. */
  id: string;
}

/** One line of a digest: a brief delivered since the last digest. */
export interface DigestBriefLine {
  title: string;
  url?: string;
  what: string;
}

/** An upcoming event as chat shows it. */
export interface EventLine {
  /** YYYY-MM-DD or YYYY-MM. */
  date: string;
  time: string | null;
  /** The channel's IANA zone the time is shown in. */
  timezone: string;
  what: string;
  where: string | null;
  url?: string;
  title?: string;
  status?: 'scheduled' | 'rescheduled' | 'cancelled';
}

export interface DigestView {
  /** The local day the digest is for, YYYY-MM-DD in the channel's zone. */
  day: string;
  timezone: string;
  briefs: DigestBriefLine[];
  events: EventLine[];
}

/** Platform-neutral content; each adapter renders it within its platform's limits. */
export type ChatMessage =
  | { kind: 'brief'; brief: Brief }
  | { kind: 'digest'; digest: DigestView }
  | { kind: 'reminder'; event: EventLine; lead: string }
  | { kind: 'events'; events: EventLine[]; days: number; timezone: string }
  | { kind: 'notice'; text: string; link?: { url: string; title: string } };

/**
 * The port the worker posts through. Each adapter (Slack WebClient, Discord REST) renders
 * the message for its platform. Implementations throw `ChatPostError` (retryable or not).
 */
export interface ChatPort {
  readonly platform: Platform;
  /** Post to a channel (or as a reply in a thread when `replyTo` is given). */
  post(channel: string, message: ChatMessage, options?: { replyTo?: string }): Promise<MessageRef>;
  /** Tell one person something only they see (ephemeral / follow-up / DM). */
  notify(requester: Requester, channel: string, text: string): Promise<void>;
}

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
