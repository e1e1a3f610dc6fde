import { createHash } from 'node:crypto';
import { REST } from '@discordjs/rest';
import {
  MessageFlags,
  Routes,
  type APIChannel,
  type APIMessage,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import type { ChatPort, MessageMark } from '../chat-port';
import type { MessageRef, PostReplacing, Requester } from '../../core/destination';
import type { ChatMessage } from '../../core/chat-message';
import { renderDiscordMessage } from './discord-message-renderer';
import { isExpiredInteraction, toChatPostError } from './discord-post-error';
import { EMBED_LIMITS, truncate } from './embed-limits';
import { DONE_EMOJI, FAILED_EMOJI, SEEN_EMOJI } from './watch-reactions';

/** What the Discord port needs: a REST client with the bot token set, and the application id (for follow-ups). */
export interface DiscordChatPortDeps {
  rest: REST;
  applicationId: string;
}

/** A REST client for the bot: `api` is DISCORD_API_URL (https://discord.com/api, or a fake in tests). */
export function createDiscordRest(options: { token: string; apiUrl: string; timeoutMs?: number }): REST {
  return new REST({ api: options.apiUrl, version: '10', timeout: options.timeoutMs ?? 15_000 }).setToken(
    options.token,
  );
}

/**
 * Discord nonce for "create message": the same content for the same place gives the same nonce, and
 * with enforce_nonce Discord returns the first message instead of posting twice when a request is retried.
 * https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 */
export function messageNonce(channel: string, replyTo: string | undefined, body: unknown): string {
  return createHash('sha256')
    .update(`${channel}|${replyTo ?? ''}|${JSON.stringify(body)}`)
    .digest('base64url')
    .slice(0, 25);
}

/**
 * Posts through Discord's REST API with @discordjs/rest (rate limits and 5xx retries handled by the
 * library; no gateway connection). Nothing it posts can ping: `allowed_mentions: { parse: [] }`.
 */
export class DiscordChatPort implements ChatPort {
  readonly platform = 'discord' as const;

  constructor(private readonly deps: DiscordChatPortDeps) {}

  async post(
    channel: string,
    message: ChatMessage,
    options?: { replyTo?: string; replace?: PostReplacing },
  ): Promise<MessageRef> {
    const rendered = renderDiscordMessage(message);
    const token = options?.replace?.interactionToken;
    if (token !== undefined && options?.replace?.id === '@original') {
      try {
        // The deferred reply of the slash command ("Briefing <host>…") becomes the brief (valid 15 minutes).
        // https://discord.com/developers/docs/interactions/receiving-and-responding#edit-original-interaction-response
        const edited = (await this.deps.rest.patch(
          Routes.webhookMessage(this.deps.applicationId, token, '@original'),
          { body: { content: '', ...rendered, allowed_mentions: { parse: [] } }, auth: false },
        )) as APIMessage;
        return { platform: 'discord', channel: edited.channel_id ?? channel, id: edited.id };
      } catch (err) {
        if (!isExpiredInteraction(err)) throw toChatPostError(err, 'replacing the Briefing… placeholder');
      }
    }
    const body: RESTPostAPIChannelMessageJSONBody = {
      ...rendered,
      allowed_mentions: { parse: [] },
      nonce: messageNonce(channel, options?.replyTo, rendered),
      enforce_nonce: true,
    };
    if (options?.replyTo) body.message_reference = { message_id: options.replyTo, fail_if_not_exists: false };
    try {
      // https://discord.com/developers/docs/resources/message#create-message
      const posted = (await this.deps.rest.post(Routes.channelMessages(channel), { body })) as APIMessage;
      return { platform: 'discord', channel, id: posted.id };
    } catch (err) {
      throw toChatPostError(err, `posting to Discord channel ${channel}`);
    }
  }

  async direct(user: string, message: ChatMessage): Promise<MessageRef> {
    let dm: APIChannel;
    try {
      // https://discord.com/developers/docs/resources/user#create-dm
      dm = (await this.deps.rest.post(Routes.userChannels(), { body: { recipient_id: user } })) as APIChannel;
    } catch (err) {
      throw toChatPostError(err, `opening a direct message with user ${user}`);
    }
    return this.post(dm.id, message);
  }

  async notify(requester: Requester, channel: string, text: string): Promise<void> {
    const content = truncate(text, EMBED_LIMITS.content - 40);
    if (requester.interactionToken) {
      try {
        // Ephemeral follow-up on the interaction (valid 15 minutes).
        // https://discord.com/developers/docs/interactions/receiving-and-responding#create-followup-message
        await this.deps.rest.post(Routes.webhook(this.deps.applicationId, requester.interactionToken), {
          body: { content, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
          auth: false,
        });
        return;
      } catch (err) {
        if (!isExpiredInteraction(err)) throw toChatPostError(err, 'following up on a Discord interaction');
      }
    }
    try {
      // No interaction to follow up (a link posted in a watched channel): a direct message, never a
      // public one. https://discord.com/developers/docs/resources/user#create-dm
      const dm = (await this.deps.rest.post(Routes.userChannels(), {
        body: { recipient_id: requester.user },
      })) as APIChannel;
      await this.deps.rest.post(Routes.channelMessages(dm.id), {
        body: { content: `${content}\n(about your link in <#${channel}>)`, allowed_mentions: { parse: [] } },
      });
    } catch (err) {
      // DMs closed (50007) or the like: the ⚠ reaction on their message is the sign left.
      throw toChatPostError(err, `sending a direct message to user ${requester.user}`);
    }
  }

  async mark(channel: string, messageId: string, state: MessageMark): Promise<void> {
    // https://discord.com/developers/docs/resources/message#create-reaction (emoji URL-encoded)
    const own = (emoji: string) =>
      Routes.channelMessageOwnReaction(channel, messageId, encodeURIComponent(emoji));
    await this.deps.rest.delete(own(SEEN_EMOJI)).catch(() => undefined);
    await this.deps.rest.put(own(state === 'done' ? DONE_EMOJI : FAILED_EMOJI));
  }
}
