import type { Clock } from '../src/clock/clock';
import type { EventsCommandPort } from '../src/events/events-module';
import type { FeedsCommandPort } from '../src/feeds/feeds-commands';
import type { IntakePort } from '../src/intake/intake-port';
import type { Logger } from '../src/logging/logger';
import type { ChannelSettingsStore } from '../src/storage/channel-settings-store';
import type { ChannelPageTokens } from '../src/storage/redis-channel-page-tokens';
import type { DeliveryRecords } from '../src/storage/delivery-store';
import type { CommandContext, CommandReply } from './command-context';

/**
 * What the /brief subcommand handlers need, built once in the composition root (bot / serve)
 * and handed to every chat adapter. Handlers added later (events, digest, remind, calendar)
 * add the ports they need here as new fields.
 */
export interface CommandDeps {
  intake: IntakePort;
  settings: ChannelSettingsStore;
  clock: Clock;
  /** The channel calendar (events, digests, reminders, ICS); absent in installs without a worker side. */
  events?: EventsCommandPort;
  /** Where each brief was posted, so asking again for a link answers with a link to that message. */
  deliveries?: Pick<DeliveryRecords, 'find'>;
  /** PUBLIC_URL: where people reach the HTTP server, for the calendar link. */
  publicUrl?: string;
  /** The secret links of the channel pages (`/brief page`); absent when the page is not wired. */
  channelPage?: Pick<ChannelPageTokens, 'ensure' | 'reset'>;
  /** Followed feeds (/brief follow | unfollow | feeds); absent in installs without a worker side. */
  feeds?: FeedsCommandPort;
  /** For the causes of refusals that are not the person's fault (store unreachable). */
  logger?: Logger;
}

/** One /brief subcommand: parse `ctx.args` → act through `ctx.deps` → say something back. */
export type CommandHandler = (ctx: CommandContext<CommandDeps>) => Promise<CommandReply>;

/** A private answer: only the person who typed the command sees it. */
export function ephemeral(text: string): CommandReply {
  return { text, ephemeral: true };
}
