import type { ActionsBlock } from './interactions/event-buttons';
import { truncate } from './slack-text';

/**
 * The few Block Kit blocks briefbot posts, and Slack's limits for them.
 * https://api.slack.com/reference/block-kit/blocks
 */
export type SlackBlock =
  | { type: 'section'; text: MrkdwnText }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: boolean } }
  | { type: 'divider' }
  | ActionsBlock;

/**
 * A mrkdwn text object. `verbatim: true` stops Slack from turning bare URLs, channel names and
 * mentions in the text into links or pings: article text stays text.
 * https://api.slack.com/reference/block-kit/composition-objects#text
 */
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}

/** A message ready for chat.postMessage: blocks plus the plain-text fallback notifications show. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export const slackLimits = {
  /** Blocks per message. */
  blocks: 50,
  /** Characters in a section's text. */
  sectionText: 3000,
  /** Characters in a header's plain text. */
  headerText: 150,
  /** Characters in one context element. */
  contextText: 2000,
  /** Serialized blocks Slack accepts in practice before answering invalid_blocks / msg_too_long. */
  blocksJson: 12000,
  /** What briefbot keeps the fallback text to (notifications show far less). */
  fallbackText: 3000,
} as const;

export function section(text: string): SlackBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncate(text, slackLimits.sectionText), verbatim: true },
  };
}

export function context(text: string): SlackBlock {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: truncate(text, slackLimits.contextText), verbatim: true }],
  };
}

export function header(text: string): SlackBlock {
  return {
    type: 'header',
    text: { type: 'plain_text', text: truncate(text, slackLimits.headerText), emoji: true },
  };
}

/**
 * The safety net under every renderer: keeps at most 50 blocks and about 12,000 characters of
 * serialized blocks, replacing what is dropped by a closing "… and N more" context line.
 */
export function fitBlocks(blocks: readonly SlackBlock[], budget = slackLimits.blocksJson): SlackBlock[] {
  const size = (list: readonly SlackBlock[]) => JSON.stringify(list).length;
  if (blocks.length <= slackLimits.blocks && size(blocks) <= budget) return [...blocks];
  const kept = blocks.slice(0, slackLimits.blocks - 1);
  const closing = (dropped: number) => context(`… and ${dropped} more not shown here`);
  while (kept.length > 1 && size([...kept, closing(blocks.length - kept.length)]) > budget) kept.pop();
  return [...kept, closing(blocks.length - kept.length)];
}
