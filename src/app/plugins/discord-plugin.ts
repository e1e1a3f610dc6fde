import type { CommandDeps } from '../../../commands/command-deps';
import { dispatchCommand } from '../../../commands/dispatch';
import { createDiscordRest, DiscordChatPort } from '../../chat/discord/discord-chat-port';
import { channelPageCommandDeps } from './channel-page-plugin';
import { RedisDeliveryStore } from '../../storage/redis/redis-delivery-store';
import { eventsCommandDeps } from '../process/events-wiring';
import { feedsCommandDeps } from '../process/feeds-wiring';
import type { PlatformPlugin } from './plugin-contract';

/**
 * Discord, when DISCORD_TOKEN is set. Bot side: a discord.js gateway client answering /brief
 * (and reading watched channels: DISCORD_WATCH=auto asks for the Message Content intent once one is watched). Worker side: DiscordChatPort over REST.
 */
export const discordPlugin: PlatformPlugin = {
  name: 'discord',
  async startInput(ctx) {
    const token = ctx.config.DISCORD_TOKEN;
    if (token === undefined) return undefined;
    const logger = ctx.logger.child({ platform: 'discord' });
    const commandDeps: CommandDeps = {
      intake: ctx.intake,
      settings: ctx.channelSettings,
      clock: ctx.clock,
      deliveries: new RedisDeliveryStore(ctx.redis, ctx.config.BRIEFBOT_PREFIX),
      ...(ctx.config.PUBLIC_URL !== undefined ? { publicUrl: ctx.config.PUBLIC_URL } : {}),
      ...eventsCommandDeps(ctx),
      ...channelPageCommandDeps(ctx),
      ...feedsCommandDeps(ctx),
    };
    // The gateway client (discord.js) loads only on the input side: a worker posts through REST alone.
    /* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- lazy load */
    const { createDiscordBot } =
      require('../../chat/discord/discord-bot') as typeof import('../../chat/discord/discord-bot');
    /* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */
    const bot = createDiscordBot(
      {
        token,
        apiUrl: ctx.config.DISCORD_API_URL,
        ...(ctx.config.DISCORD_SHARDS !== undefined ? { shards: ctx.config.DISCORD_SHARDS } : {}),
      },
      {
        dispatch: dispatchCommand,
        commandDeps,
        intake: ctx.intake,
        settings: ctx.channelSettings,
        logger,
        watch: ctx.config.DISCORD_WATCH,
      },
    );
    await bot.start();
    return { close: () => bot.stop() };
  },
  chatPort(ctx) {
    const token = ctx.config.DISCORD_TOKEN;
    const applicationId = ctx.config.DISCORD_APPLICATION_ID;
    if (token === undefined || applicationId === undefined) return undefined;
    return new DiscordChatPort({
      rest: createDiscordRest({ token, apiUrl: ctx.config.DISCORD_API_URL }),
      applicationId,
    });
  },
};
