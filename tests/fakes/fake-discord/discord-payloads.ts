import { nextSnowflake } from './fake-discord-rest';

/** A chat input option as Discord sends it inside INTERACTION_CREATE. */
export interface OptionPayload {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
}

/** A member's permissions: everything a moderator has, Manage Channels (1 << 4) included. */
export const MANAGER_PERMISSIONS = '2248473465835089';
/** A plain member: the same without Manage Channels. */
export const MEMBER_PERMISSIONS = '2248473465835073';

const member = (userId: string, permissions = MANAGER_PERMISSIONS) => ({
  user: {
    id: userId,
    username: `reader${userId.slice(-3)}`,
    discriminator: '0',
    global_name: 'Reader',
    avatar: null,
  },
  roles: [],
  permissions,
  joined_at: '2024-01-01T00:00:00.000Z',
  deaf: false,
  mute: false,
  flags: 0,
  nick: null,
  avatar: null,
});

/**
 * An INTERACTION_CREATE for `/brief <subcommand> option:value`, with every field discord.js 14 needs
 * (entitlements, authorizing_integration_owners, app_permissions, locale, version...).
 * type 2 = application command, 4 = autocomplete.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
export function briefInteraction(input: {
  applicationId: string;
  guildId: string;
  channelId: string;
  userId: string;
  subcommand: string;
  options?: OptionPayload[];
  type?: 2 | 4;
  /** The member's computed permissions in the channel (default: with Manage Channels). */
  permissions?: string;
}): { id: string; token: string; payload: Record<string, unknown> } {
  const id = nextSnowflake();
  const token = `itok-${id}`;
  return {
    id,
    token,
    payload: {
      id,
      application_id: input.applicationId,
      type: input.type ?? 2,
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
      member: member(input.userId, input.permissions),
      app_permissions: '2248473465835073',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': input.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
      data: {
        id: '700000000000000001',
        name: 'brief',
        type: 1,
        options: [{ name: input.subcommand, type: 1, options: input.options ?? [] }],
      },
    },
  };
}

/** A MESSAGE_CREATE in a guild channel. https://discord.com/developers/docs/resources/message#message-object */
export function guildMessage(input: {
  guildId: string;
  channelId: string;
  userId: string;
  content: string;
  bot?: boolean;
}): Record<string, unknown> {
  return {
    id: nextSnowflake(),
    channel_id: input.channelId,
    guild_id: input.guildId,
    author: {
      id: input.userId,
      username: 'poster',
      discriminator: '0',
      global_name: null,
      avatar: null,
      ...(input.bot ? { bot: true } : {}),
    },
    member: { ...member(input.userId), user: undefined },
    content: input.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
  };
}
