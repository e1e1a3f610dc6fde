import { IntakeError } from '../../intake/intake-port';
import { SEEN_EMOJI } from './watch-reactions';
import type { DiscordInputDeps } from './discord-input-deps';

/** At most this many links of one message are briefed, so a link dump cannot flood the queue. */
const MAX_LINKS_PER_MESSAGE = 3;

/** The part of a discord.js Message this handler reads. */
export interface WatchedMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  webhookId: string | null;
  content: string;
  author: { id: string; bot: boolean };
  /** https://discord.com/developers/docs/resources/message#create-reaction */
  react(emoji: string): Promise<unknown>;
}

/** http(s) links in a message, including Discord's `<https://…>` (embed suppressed) form; no duplicates. */
export function linksIn(content: string): string[] {
  const found = content.match(/https?:\/\/[^\s<>|]+/gi) ?? [];
  const cleaned = found.map((l) => l.replace(/[)\].,;:!?'"]+$/, ''));
  return [...new Set(cleaned)].slice(0, MAX_LINKS_PER_MESSAGE);
}

/**
 * A message posted in a watched channel: each link (not from a bot or webhook) goes to intake,
 * with the brief to be posted as a reply to that message.
 */
export async function handleWatchedMessage<D>(
  message: WatchedMessage,
  deps: Pick<DiscordInputDeps<D>, 'intake' | 'settings' | 'logger'>,
): Promise<void> {
  if (message.author.bot || message.webhookId !== null || message.guildId === null) return;
  const links = linksIn(message.content);
  if (links.length === 0) return;
  if (!(await deps.settings.isWatched({ platform: 'discord', channel: message.channelId }))) return;
  // 👀: seen and working on it; the worker swaps it for ✅ or ⚠ (DiscordChatPort.mark).
  await message
    .react(SEEN_EMOJI)
    .catch((err: unknown) => deps.logger.info({ err, channel: message.channelId }, 'could not react 👀'));
  for (const link of links) {
    try {
      await deps.intake.submit(link, {
        platform: 'discord',
        channel: message.channelId,
        workspace: message.guildId,
        replyTo: message.id,
        requester: { user: message.author.id, messageId: message.id },
      });
    } catch (err) {
      if (err instanceof IntakeError && err.code === 'INVALID_URL') continue;
      deps.logger.error({ err, channel: message.channelId, link }, 'could not queue a watched link');
    }
  }
}
