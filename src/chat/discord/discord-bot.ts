import { Client, Events, type ClientOptions } from 'discord.js';
import {
  connectDiscordClient,
  discordIntents,
  DisallowedIntentsError,
  ENABLE_INTENT_HINT,
  isDisallowedIntents,
} from './connect-discord-client';
import type { DiscordInputDeps, WatchReadiness } from './discord-input-deps';
import { handleInteraction } from './interaction-handler';
import { handleWatchedMessage } from './watched-message-handler';

export { discordIntents } from './connect-discord-client';

/** The Discord input side: a gateway connection that answers /brief and reads watched channels. */
export interface DiscordBot {
  /** The gateway client in use now; replaced when the bot reconnects with other intents. */
  readonly client: Client;
  /** Whether the current connection has the Message Content intent (reads watched channels). */
  readonly readingMessages: boolean;
  /** Logs in and resolves once the client is ready (READY and the guilds received). */
  start(): Promise<void>;
  /**
   * Called after `/brief watch on`: with DISCORD_WATCH=auto and no intent yet, connects a new
   * client with the Message Content intent, then retires the old one. Never throws.
   */
  ensureReadingMessages(): Promise<WatchReadiness>;
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
 * DISCORD_WATCH=auto asks for the privileged Message Content intent only when some Discord channel
 * is watched; intents are fixed per gateway session, so turning the first channel on swaps in a new
 * client (the new one is ready before the old one is destroyed, so no interaction is lost).
 * A 4014 refusal in auto mode is logged with how to fix it and the bot carries on without the intent.
 */
export function createDiscordBot<D>(
  options: {
    token: string;
    apiUrl: string;
    /** DISCORD_SHARDS: `auto` asks Discord for the recommended count; N runs shards 0…N-1 in this process. */
    shards?: 'auto' | number;
  },
  deps: DiscordInputDeps<D>,
): DiscordBot {
  let current: Client | undefined;
  let readingMessages = false;
  let switching: Promise<WatchReadiness> | undefined;

  const bot: DiscordBot = {
    get client(): Client {
      if (current === undefined) throw new Error('the Discord bot is not started');
      return current;
    },
    get readingMessages() {
      return readingMessages;
    },
    async start() {
      const wantContent =
        deps.watch === 'on' || (deps.watch === 'auto' && (await deps.settings.anyWatched('discord')));
      let client: Client;
      try {
        client = await connect(wantContent);
        readingMessages = wantContent;
      } catch (err) {
        if (!(err instanceof DisallowedIntentsError) || deps.watch === 'on') throw startError(err);
        warnRefused();
        client = await connect(false).catch((e: unknown) => Promise.reject(startError(e)));
      }
      current = client;
      deps.logger.info({ user: client.user?.tag, watch: deps.watch, readingMessages }, 'discord bot ready');
    },
    ensureReadingMessages() {
      if (deps.watch === 'off') return Promise.resolve('watch-off');
      if (readingMessages) return Promise.resolve('reading');
      switching ??= reconnectWithContent().finally(() => (switching = undefined));
      return switching;
    },
    async stop() {
      await switching;
      await current?.destroy();
      current = undefined;
    },
  };

  async function reconnectWithContent(): Promise<WatchReadiness> {
    const old = current;
    try {
      const next = await connect(true);
      current = next;
      readingMessages = true;
      await old?.destroy();
      deps.logger.info('discord gateway reconnected with the Message Content intent: watching channels');
      return 'reading';
    } catch (err) {
      if (err instanceof DisallowedIntentsError) {
        warnRefused();
        return 'intent-refused';
      }
      deps.logger.error({ err }, 'could not reconnect the Discord gateway with the Message Content intent');
      return 'reconnect-failed';
    }
  }

  function warnRefused(): void {
    deps.logger.warn(
      `Discord refused the privileged Message Content intent (close code 4014), so watched channels are not read; slash commands keep working. To read them, turn on ${ENABLE_INTENT_HINT}, then restart briefbot or run /brief watch on again.`,
    );
  }

  async function connect(messageContent: boolean): Promise<Client> {
    const client = buildClient(messageContent);
    await connectDiscordClient(client, options.token);
    return client;
  }

  function buildClient(messageContent: boolean): Client {
    const clientOptions: ClientOptions = {
      intents: discordIntents(messageContent),
      rest: { api: options.apiUrl },
      allowedMentions: { parse: [] },
      ...shardOptions(options.shards),
    };
    const client = new Client(clientOptions);
    const interactionDeps = { ...deps, ensureReadingMessages: () => bot.ensureReadingMessages() };
    client.on(Events.InteractionCreate, (interaction) => {
      handleInteraction(interaction, interactionDeps).catch((err: unknown) =>
        deps.logger.error({ err }, 'discord interaction failed'),
      );
    });
    if (messageContent) {
      client.on(Events.MessageCreate, (message) => {
        handleWatchedMessage(message, deps).catch((err: unknown) =>
          deps.logger.error({ err }, 'discord message failed'),
        );
      });
    }
    client.on(Events.ShardResume, (shard, replayed) =>
      deps.logger.info({ shard, replayed }, 'discord gateway resumed'),
    );
    client.on(Events.ShardError, (err) => {
      // A 4014 gets its own warning (warnRefused) with how to fix it.
      if (!isDisallowedIntents(err)) deps.logger.warn({ err }, 'discord gateway error');
    });
    return client;
  }

  function startError(err: unknown): DiscordStartError {
    if (err instanceof DisallowedIntentsError) {
      return new DiscordStartError(
        `Discord refused the Message Content intent. Turn it on (${ENABLE_INTENT_HINT}) or set DISCORD_WATCH=auto or off.`,
        'DISCORD_DISALLOWED_INTENTS',
      );
    }
    const message = err instanceof Error ? err.message : String(err);
    return new DiscordStartError(
      `Could not log in to Discord: ${message}. Check DISCORD_TOKEN.`,
      'DISCORD_LOGIN_FAILED',
    );
  }

  return bot;
}

/**
 * Sharding in one process (https://discord.com/developers/docs/events/gateway#sharding): discord.js opens one
 * gateway connection per shard; Discord requires sharding past 2,500 guilds.
 */
export function shardOptions(
  shards: 'auto' | number | undefined,
): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (shards === undefined) return {};
  if (shards === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: shards }, (_, i) => i), shardCount: shards };
}
