import { FakeDiscordGateway } from './fake-discord-gateway';
import { FakeDiscordRest } from './fake-discord-rest';

export const FAKE_APPLICATION_ID = '111111111111111111';
export const FAKE_GUILD_ID = '222222222222222222';
export const FAKE_CHANNEL_ID = '333333333333333333';
export const FAKE_TOKEN = 'fake-bot-token-0123456789abcdef';

/** A fake Discord (REST + gateway) on 127.0.0.1; give the client `rest.apiUrl` as DISCORD_API_URL. */
export interface FakeDiscord {
  rest: FakeDiscordRest;
  gateway: FakeDiscordGateway;
  stop(): Promise<void>;
}

export async function startFakeDiscord(
  options: {
    heartbeatIntervalMs?: number;
    channelIds?: string[];
    refusePrivilegedIntents?: boolean;
    /** More guilds the bot is in (each with one channel, `channelOfExtraGuild`). */
    extraGuildIds?: string[];
    /** What GET /gateway/bot recommends. */
    recommendedShards?: number;
  } = {},
): Promise<FakeDiscord> {
  const rest = new FakeDiscordRest();
  const gatewayOptions: ConstructorParameters<typeof FakeDiscordGateway>[0] = {
    applicationId: FAKE_APPLICATION_ID,
    guildId: FAKE_GUILD_ID,
    channelIds: options.channelIds ?? [FAKE_CHANNEL_ID],
  };
  if (options.heartbeatIntervalMs !== undefined)
    gatewayOptions.heartbeatIntervalMs = options.heartbeatIntervalMs;
  if (options.refusePrivilegedIntents !== undefined)
    gatewayOptions.refusePrivilegedIntents = options.refusePrivilegedIntents;
  if (options.extraGuildIds !== undefined) gatewayOptions.extraGuildIds = options.extraGuildIds;
  const gateway = new FakeDiscordGateway(gatewayOptions);
  rest.recommendedShards = options.recommendedShards ?? 1;
  await Promise.all([rest.start(), gateway.start()]);
  rest.gatewayUrl = gateway.url;
  // Interaction responses belong to the interaction's channel: the REST fake learns it from the gateway.
  const dispatch = gateway.dispatch.bind(gateway);
  gateway.dispatch = (t: string, d: unknown) => {
    if (t === 'INTERACTION_CREATE' && d && typeof d === 'object') rest.rememberInteraction(d);
    dispatch(t, d);
  };
  return {
    rest,
    gateway,
    stop: async () => {
      await Promise.all([gateway.stop(), rest.stop()]);
    },
  };
}
