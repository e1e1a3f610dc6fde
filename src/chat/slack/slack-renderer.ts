import type { ChatMessage } from '../../core/chat-message';
import { renderBrief } from './render-brief';
import { renderDigest, renderEvents, renderReminder } from './render-events';
import { section, slackLimits, type SlackMessage } from './slack-blocks';
import { escapeSlackText, slackLink, truncate } from './slack-text';

/** Renders any platform-neutral ChatMessage as Block Kit within Slack's limits. */
export function renderSlackMessage(message: ChatMessage): SlackMessage {
  switch (message.kind) {
    case 'brief':
      return renderBrief(message.brief, message.timezone);
    case 'digest':
      return renderDigest(message.digest);
    case 'events':
      return renderEvents(message.events, message.days, message.timezone);
    case 'reminder':
      return renderReminder(message.event, message.lead);
    case 'notice': {
      const text = escapeSlackText(truncate(message.text, slackLimits.sectionText - 200));
      const link = message.link ? `\n${slackLink(message.link.url, message.link.title)}` : '';
      return { text, blocks: [section(`${text}${link}`)] };
    }
  }
}
