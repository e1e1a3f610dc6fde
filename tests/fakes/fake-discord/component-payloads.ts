import { MANAGER_PERMISSIONS } from './discord-payloads';
import { nextSnowflake, type StoredMessage } from './fake-discord-rest';

/** What every interaction carries besides its data, as Discord sends it in a guild channel. */
function envelope(input: {
  type: 3 | 5;
  applicationId: string;
  guildId: string;
  channelId: string;
  userId: string;
  permissions?: string;
}): { id: string; token: string; payload: Record<string, unknown> } {
  const id = nextSnowflake();
  const token = `itok-${id}`;
  const user = {
    id: input.userId,
    username: `reader${input.userId.slice(-3)}`,
    discriminator: '0',
    global_name: 'Reader',
    avatar: null,
  };
  return {
    id,
    token,
    payload: {
      id,
      application_id: input.applicationId,
      type: input.type,
      token,
      version: 1,
      guild_id: input.guildId,
      guild: { id: input.guildId, locale: 'en-US', features: [] },
      guild_locale: 'en-US',
      channel_id: input.channelId,
      channel: {
        id: input.channelId,
        type: 0,
        guild_id: input.guildId,
        name: 'news-0',
        permissions: '2248473465835073',
      },
      member: {
        user,
        roles: [],
        permissions: input.permissions ?? MANAGER_PERMISSIONS,
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
        avatar: null,
      },
      app_permissions: '2248473465835073',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': input.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
    },
  };
}

/**
 * An INTERACTION_CREATE of type 3 (message component): a click on button `customId` of `message`,
 * which Discord sends whole (with its components). data: { custom_id, component_type: 2 }.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-message-component-data-structure
 */
export function buttonInteraction(input: {
  applicationId: string;
  guildId: string;
  userId: string;
  message: StoredMessage;
  customId: string;
  permissions?: string;
}): { id: string; token: string; payload: Record<string, unknown> } {
  const i = envelope({ ...input, type: 3, channelId: input.message.channel_id });
  i.payload.message = {
    id: input.message.id,
    channel_id: input.message.channel_id,
    type: 0,
    content: input.message.content,
    embeds: input.message.embeds,
    components: input.message.body.components ?? [],
    author: {
      id: '900000000000000001',
      username: 'briefbot',
      discriminator: '0',
      bot: true,
      avatar: null,
      global_name: null,
    },
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
  };
  i.payload.data = { custom_id: input.customId, component_type: 2 };
  return i;
}

/**
 * An INTERACTION_CREATE of type 5 (modal submit) for the modal `customId`, with one action row per
 * text input as Discord sends them back: { type: 1, components: [{ type: 4, custom_id, value }] }.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-modal-submit-data-structure
 */
export function modalSubmitInteraction(input: {
  applicationId: string;
  guildId: string;
  channelId: string;
  userId: string;
  customId: string;
  values: Record<string, string>;
  permissions?: string;
}): { id: string; token: string; payload: Record<string, unknown> } {
  const i = envelope({ ...input, type: 5 });
  i.payload.data = {
    custom_id: input.customId,
    components: Object.entries(input.values).map(([customId, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id: customId, value }],
    })),
  };
  return i;
}
