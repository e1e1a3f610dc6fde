import type { ChatMessage } from '../src/core/chat-message';
import type { Platform, Requester } from '../src/core/destination';

/**
 * What a /brief subcommand handler receives, built by each chat adapter (Slack, Discord)
 * from its own payload. Handlers are platform-neutral: parse → act → return what to say.
 */
export interface CommandContext<Deps> {
  platform: Platform;
  channel: string;
  /** The channel's name when the platform says it ("newsroom"), for the calendar's name. */
  channelName?: string;
  workspace?: string;
  /** The Slack team, when installed in several workspaces: scopes the channel's keys (ADR 035). */
  team?: string;
  user: string;
  requester: Requester;
  /** Whether this person may change the channel's settings (each adapter decides, per platform). */
  access: ManagerCheck;
  /** A link to a posted message (Slack permalink, Discord jump link), or null when the platform cannot say. */
  linkTo?: (messageId: string) => Promise<string | null>;
  /**
   * The progress message of a slash-command brief, when the adapter can show one: `show` posts
   * "Briefing <host>…" in the channel and returns the id the brief will replace (null when it cannot);
   * `drop` removes it when no brief will come (a failed or already posted link).
   */
  placeholder?: BriefPlaceholder;
  /** The text after the subcommand name, e.g. "08:00" for `/brief digest 08:00`. */
  args: string;
  deps: Deps;
}

/** See `CommandContext.placeholder`. */
export interface BriefPlaceholder {
  show(text: string): Promise<string | null>;
  drop(): Promise<void>;
}

/**
 * The manager rule, as each chat adapter builds it: on Discord a member whose interaction carries the
 * Manage Channels permission; on Slack workspace admins and owners, or the ids in SLACK_MANAGERS.
 * Reading (events, help, the calendar link, briefing a link) needs no check; changing settings does.
 */
export interface ManagerCheck {
  /** True when the person may change this channel's settings. */
  canManage(): Promise<boolean>;
  /** Who may, in words for a refusal, e.g. "members with the Manage Channels permission". */
  readonly who: string;
}

/** What to answer the person. `ephemeral` replies are seen only by them. */
export interface CommandReply {
  text: string;
  ephemeral: boolean;
  /** The same answer as a message the adapter renders (Slack blocks, a Discord embed); `text` stays its words. */
  message?: ChatMessage;
  /** The person's input was not usable (a form can show `text` under the field and stay open). */
  invalidInput?: true;
}
