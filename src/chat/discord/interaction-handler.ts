import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { CommandReply } from '../../../commands/command-context';
import type { DiscordInputDeps } from './discord-input-deps';
import { EMBED_LIMITS, truncate } from './embed-limits';
import { commandText, zoneSuggestions } from './interaction-command-text';

const NO_PINGS = { parse: [] };

const WATCH_OFF_NOTE =
  '\nNote: this briefbot runs without the Message Content intent (DISCORD_WATCH=off), so it cannot read links posted here until its admin turns that on.';

/**
 * Answers one interaction: autocomplete for `/brief tz zone`, and `/brief …` commands deferred
 * (ephemeral) at once — well inside Discord's 3 seconds — then completed by editing the reply.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export async function handleInteraction<D>(
  interaction: Interaction,
  deps: DiscordInputDeps<D>,
): Promise<void> {
  if (interaction.isAutocomplete()) return answerAutocomplete(interaction);
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'brief') return;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = await runCommand(interaction, deps);
  await complete(interaction, reply);
}

async function answerAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const zones = focused.name === 'zone' ? zoneSuggestions(String(focused.value)) : [];
  await interaction.respond(zones.map((z) => ({ name: z, value: z })));
}

async function runCommand<D>(
  interaction: ChatInputCommandInteraction,
  deps: DiscordInputDeps<D>,
): Promise<CommandReply> {
  const text = commandText(interaction.options.data);
  const user = interaction.user.id;
  try {
    const reply = await deps.dispatch(text, {
      platform: 'discord',
      channel: interaction.channelId,
      ...(interaction.guildId ? { workspace: interaction.guildId } : {}),
      user,
      requester: { user, interactionToken: interaction.token },
      deps: deps.commandDeps,
    });
    if (!deps.watch && /^watch on\b/.test(text)) return { ...reply, text: reply.text + WATCH_OFF_NOTE };
    return reply;
  } catch (err) {
    deps.logger.error({ err, command: text, channel: interaction.channelId }, 'discord command failed');
    return {
      text: 'Something went wrong on briefbot’s side; nothing was changed. Try again in a minute.',
      ephemeral: true,
    };
  }
}

async function complete(interaction: ChatInputCommandInteraction, reply: CommandReply): Promise<void> {
  const content = truncate(reply.text, EMBED_LIMITS.content);
  if (reply.ephemeral) {
    // https://discord.com/developers/docs/interactions/receiving-and-responding#edit-original-interaction-response
    await interaction.editReply({ content, allowedMentions: NO_PINGS });
    return;
  }
  // A public answer: a follow-up everyone sees, then remove the private "thinking…" placeholder.
  await interaction.followUp({ content, allowedMentions: NO_PINGS });
  await interaction.deleteReply();
}
