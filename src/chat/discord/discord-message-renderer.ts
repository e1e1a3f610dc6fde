import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { ChatMessage } from '../../core/chat-message';
import { renderBriefEmbed } from './brief-embed';
import { eventComponents } from './components/event-components';
import { escapeDiscordMarkdown } from './discord-markdown';
import { EMBED_LIMITS, truncate } from './embed-limits';
import { renderDigestEmbed, renderEventsEmbed, renderReminderEmbed } from './event-embeds';

/** What a Discord message is made of; the port adds allowed_mentions, the reply reference and the nonce. */
export interface DiscordMessageBody {
  content?: string;
  embeds: APIEmbed[];
  /** Buttons (a brief's dates: Remind me, Not an event, Wrong date…). */
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/**
 * Renders any platform-neutral ChatMessage for Discord, always within its limits
 * (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 */
export function renderDiscordMessage(message: ChatMessage): DiscordMessageBody {
  switch (message.kind) {
    case 'brief':
      return {
        embeds: [renderBriefEmbed(message.brief, message.timezone)],
        components: eventComponents(message.brief, message.timezone ?? 'UTC'),
      };
    case 'digest':
      return { embeds: [renderDigestEmbed(message.digest)] };
    case 'events':
      return { embeds: [renderEventsEmbed(message.events, message.days, message.timezone)] };
    case 'reminder':
      return { embeds: [renderReminderEmbed(message.event, message.lead)] };
    case 'notice': {
      const content = truncate(message.text, EMBED_LIMITS.content);
      if (!message.link) return { content, embeds: [] };
      const link: APIEmbed = {
        title: truncate(escapeDiscordMarkdown(message.link.title), EMBED_LIMITS.title),
      };
      if (/^https?:\/\//i.test(message.link.url)) link.url = message.link.url;
      return { content, embeds: [link] };
    }
  }
}
