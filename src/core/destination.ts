import { z } from 'zod';

/**
 * The shared vocabulary of where things go: platforms, channels, the person who asked, and posted
 * messages. One zod schema each, types inferred, so job payloads, stores and chat adapters agree.
 * This module imports nothing of briefbot's own.
 */

/**
 * Chat platforms briefbot speaks to. A third platform is a new folder under src/chat, a name here
 * and a plugin. A test-only adapter adds its name with `registerPlatform` and a declaration-merged
 * key in `PlatformNames` (tests/fakes/test-platform.ts), so production code never sees it.
 */
export interface PlatformNames {
  slack: true;
  discord: true;
}
export type Platform = keyof PlatformNames;

/** The platforms of a production install: what the public HTTP API accepts and names in its messages. */
export const publicPlatforms: readonly Platform[] = ['slack', 'discord'];

const platformNames = new Set<string>(publicPlatforms);

/** Lets a test-only adapter's platform through the schemas (job payloads, stored destinations). */
export function registerPlatform(name: Platform): void {
  platformNames.add(name);
}

export const platformSchema = z.custom<Platform>(
  (value) => typeof value === 'string' && platformNames.has(value),
  'unknown chat platform',
);

/** The person who asked for something, with what each platform needs to answer them privately. */
export const requesterSchema = z.object({
  user: z.string().min(1),
  /** Slack: the slash command's response_url (ephemeral follow-ups). */
  responseUrl: z.string().optional(),
  /** Discord: the interaction token (follow-ups for 15 minutes). */
  interactionToken: z.string().optional(),
  /** The person's own message that asked (a link posted in a watched channel): marked 👀, then ✅ or ⚠. */
  messageId: z.string().optional(),
});
export type Requester = z.infer<typeof requesterSchema>;

/** Where a brief (or anything else) goes: a channel, optionally as a reply to a message. */
export const destinationSchema = z.object({
  platform: platformSchema,
  /** Platform channel id. Slack: "C123"; Discord: the channel snowflake. */
  channel: z.string().min(1).max(200),
  /** Slack workspace / Discord guild, when known. */
  workspace: z.string().optional(),
  /**
   * The Slack team whose channel this is, when briefbot is installed in several workspaces (OAuth):
   * channel ids are unique only within a team, so the channel's Redis keys and jobs carry it, and the
   * worker posts with that team's token. Absent with one SLACK_BOT_TOKEN and on Discord (ADR 035).
   */
  team: z.string().min(1).max(40).optional(),
  /** Post as a reply in the thread of this message (Slack ts, Discord message id). */
  replyTo: z.string().optional(),
  /**
   * The bot's "Briefing <host>…" message to replace with the brief (Slack ts; Discord `@original`, the
   * deferred reply of the requester's interaction). A placeholder that is gone falls back to a new post.
   */
  placeholder: z.string().min(1).max(100).optional(),
  /**
   * `/brief <url> again`: the channel's earlier post of this brief (message id). The fresh brief is
   * delivered even though that post exists; once posted, the record points at the new one.
   */
  again: z.string().min(1).max(100).optional(),
  /** Who asked, so failures can be told to them only. */
  requester: requesterSchema.optional(),
});
export type Destination = z.infer<typeof destinationSchema>;

/** Where a post goes instead of a new message: the placeholder, with what the platform needs to edit it. */
export interface PostReplacing {
  id: string;
  /** Discord: the interaction whose deferred reply the placeholder is. */
  interactionToken?: string;
}

/** A posted message, enough to reply in its thread later (reminders). */
export const messageRefSchema = z.object({
  platform: platformSchema,
  channel: z.string().min(1),
  /** Slack ts / Discord message id. */
  id: z.string().min(1),
});
export type MessageRef = z.infer<typeof messageRefSchema>;

/**
 * The destination without keys whose value is undefined (a zod parse keeps them), so the stored,
 * compared and posted forms agree.
 */
export function compactDestination(destination: Destination): Destination {
  return JSON.parse(JSON.stringify(destination)) as Destination;
}
