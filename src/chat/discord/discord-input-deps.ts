import type { CommandContext, CommandReply } from '../../../commands/command-context';
import type { Logger } from '../../logging/logger';
import type { IntakePort } from '../../intake/intake-port';
import type { ChannelSettingsStore } from '../../storage/channel-settings-store';

/** Runs `/brief <text>` through the shared handlers (commands/dispatch.ts `dispatchCommand`). */
export type CommandDispatcher<D> = (
  text: string,
  base: Omit<CommandContext<D>, 'args'>,
) => Promise<CommandReply>;

/** What the Discord input side (gateway client) needs, built in the bot composition root. */
export interface DiscordInputDeps<D> {
  dispatch: CommandDispatcher<D>;
  /** Handed to every command handler as `ctx.deps`. */
  commandDeps: D;
  intake: IntakePort;
  settings: ChannelSettingsStore;
  logger: Logger;
  /** DISCORD_WATCH=on: the client has the Message Content intent and reads watched channels. */
  watch: boolean;
}
