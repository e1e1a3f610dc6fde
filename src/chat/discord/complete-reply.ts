import type {
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  ModalSubmitInteraction,
} from 'discord.js';
import type { CommandReply } from '../../../commands/command-context';
import { renderDiscordMessage } from './discord-message-renderer';
import { toDiscordSyntax } from './discord-syntax';
import { EMBED_LIMITS, truncate } from './embed-limits';

const NO_PINGS = { parse: [] };

/**
 * Finishes an interaction that was deferred ephemerally: a private answer edits the deferred reply;
 * a public one is a follow-up everyone sees, then the private "thinking…" placeholder goes.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#edit-original-interaction-response
 */
export async function completeReply(
  interaction: ChatInputCommandInteraction | MessageComponentInteraction | ModalSubmitInteraction,
  reply: CommandReply,
): Promise<void> {
  const body = reply.message
    ? renderDiscordMessage(reply.message)
    : { content: truncate(toDiscordSyntax(reply.text), EMBED_LIMITS.content), embeds: [] };
  if (reply.ephemeral) {
    await interaction.editReply({ ...body, allowedMentions: NO_PINGS });
    return;
  }
  await interaction.followUp({ ...body, allowedMentions: NO_PINGS });
  await interaction.deleteReply();
}
