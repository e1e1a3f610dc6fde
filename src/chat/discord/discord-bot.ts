import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { DiscordInputDeps } from './discord-input-deps';
import { handleInteraction } from './interaction-handler';
import { handleWatchedMessage } from './watched-message-handler';

/** The Discord input side: a gateway connection that answers /brief and reads watched channels. */
export interface DiscordBot {
  readonly client: Client;
  /** Logs in and resolves once the client is ready (READY and the guilds received). */
  start(): Promise<void>;
  /** Closes the gateway connection (stop taking input). */
  stop(): Promise<void>;
}

/** The bot could not connect; the message says what to do. */
export class DiscordStartError extends Error {
  constructor(
    message: string,
    readonly code: 'DISCORD_DISALLOWED_INTENTS' | 'DISCORD_LOGIN_FAILED',
  ) {
    super(message);
    this.name = 'DiscordStartError';
  }
}

/**
 * Intents: Guilds for slash commands; with DISCORD_WATCH=on also GuildMessages and the privileged
 * MessageContent, which must be switched on in the Developer Portal first (else Discord closes with 4014).
 */
export function discordIntents(watch: boolean): GatewayIntentBits[] {
  return watch
    ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]
    : [GatewayIntentBits.Guilds];
}

export function createDiscordBot<D>(
  options: { token: string; apiUrl: string },
  deps: DiscordInputDeps<D>,
): DiscordBot {
  const clientOptions: ClientOptions = {
    intents: discordIntents(deps.watch),
    rest: { api: options.apiUrl },
    allowedMentions: { parse: [] },
  };
  const client = new Client(clientOptions);
  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, deps).catch((err: unknown) =>
      deps.logger.error({ err }, 'discord interaction failed'),
    );
  });
  if (deps.watch) {
    client.on(Events.MessageCreate, (message) => {
      handleWatchedMessage(message, deps).catch((err: unknown) =>
        deps.logger.error({ err }, 'discord message failed'),
      );
    });
  }
  client.on(Events.ShardResume, (shard, replayed) =>
    deps.logger.info({ shard, replayed }, 'discord gateway resumed'),
  );
  client.on(Events.ShardError, (err) => deps.logger.warn({ err }, 'discord gateway error'));

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(options.token);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (/disallowed intents/i.test(message)) {
          throw new DiscordStartError(
            'Discord refused the Message Content intent. Turn it on (Developer Portal → your application → Bot → Privileged Gateway Intents → Message Content Intent) or set DISCORD_WATCH=off.',
            'DISCORD_DISALLOWED_INTENTS',
          );
        }
        throw new DiscordStartError(
          `Could not log in to Discord: ${message}. Check DISCORD_TOKEN.`,
          'DISCORD_LOGIN_FAILED',
        );
      }
      await ready;
      deps.logger.info({ user: client.user?.tag, watch: deps.watch }, 'discord bot ready');
    },
    async stop() {
      await client.destroy();
    },
  };
}
