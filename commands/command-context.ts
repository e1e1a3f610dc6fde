import type { Platform, Requester } from '../src/core/destination';

/**
 * What a /brief subcommand handler receives, built by each chat adapter (Slack, Discord)
 * from its own payload. Handlers are platform-neutral: parse → act → return what to say.
 */
export interface CommandContext<Deps> {
  platform: Platform;
  channel: string;
  workspace?: string;
  user: string;
  requester: Requester;
  /** The text after the subcommand name, e.g. "08:00" for `/brief digest 08:00`. */
  args: string;
  deps: Deps;
}

/** What to answer the person. `ephemeral` replies are seen only by them. */
export interface CommandReply {
  text: string;
  ephemeral: boolean;
}
