import type { CommandContext, CommandReply } from '../../../commands/command-context';
import type { Logger } from '../../logging/logger';
import type { IntakePort } from '../../intake/intake-port';
import type { ChannelSettingsStore } from '../../storage/channel-settings-store';

/** Runs `/brief <text>` through the shared handlers (commands/dispatch.ts `dispatchCommand`). */
export type CommandDispatcher<D> = (
  text: string,
  base: Omit<CommandContext<D>, 'args'>,
) => Promise<CommandReply>;

/**
 * DISCORD_WATCH: `auto` asks for the privileged Message Content intent only while some Discord
 * channel is watched (checked at start, and again when `/brief watch on` is used); `on` always asks
 * (start-up fails if Discord refuses); `off` never asks.
 */
export type DiscordWatchMode = 'auto' | 'on' | 'off';

/** After `/brief watch on`: can the bot read the channel's messages now? */
export type WatchReadiness =
  /** The gateway connection has the Message Content intent. */
  | 'reading'
  /** Discord refused the intent (close code 4014): the portal switch is off. */
  | 'intent-refused'
  /** DISCORD_WATCH=off: the admin chose not to read messages. */
  | 'watch-off'
  /** Reconnecting with the intent failed for another reason (network, Discord down). */
  | 'reconnect-failed';

/** What the Discord input side (gateway client) needs, built in the bot composition root. */
export interface DiscordInputDeps<D> {
  dispatch: CommandDispatcher<D>;
  /** Handed to every command handler as `ctx.deps`. */
  commandDeps: D;
  intake: IntakePort;
  settings: ChannelSettingsStore;
  logger: Logger;
  /** DISCORD_WATCH: when to ask for the Message Content intent and read watched channels. */
  watch: DiscordWatchMode;
}
