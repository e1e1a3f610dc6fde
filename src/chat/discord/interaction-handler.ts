import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { BriefPlaceholder, CommandReply } from '../../../commands/command-context';
import { ENABLE_INTENT_HINT } from './connect-discord-client';
import type { DiscordInputDeps, WatchReadiness } from './discord-input-deps';
import { completeReply } from './complete-reply';
import { toDiscordSyntax } from './discord-syntax';
import { EMBED_LIMITS, truncate } from './embed-limits';
import { handleEventComponent } from './components/event-component-handler';
import { commandText, zoneSuggestions } from './interaction-command-text';

const NO_PINGS = { parse: [] };

/** What to add to the "Watching this channel" reply when the bot cannot read messages yet. */
const WATCH_NOTES: Record<Exclude<WatchReadiness, 'reading'>, string> = {
  'watch-off':
    '\nNote: this briefbot runs without the Message Content intent (DISCORD_WATCH=off), so it cannot read links posted here until its admin turns that on.',
  'intent-refused': `\nNote: the setting is saved, but Discord refused briefbot the Message Content intent, so it cannot read links posted here yet. An admin must turn on ${ENABLE_INTENT_HINT}; it takes effect when briefbot restarts or at the next \`/brief watch on\`.`,
  'reconnect-failed':
    '\nNote: the setting is saved, but briefbot could not reconnect to Discord to start reading messages; it takes effect when briefbot restarts or at the next `/brief watch on`.',
};

/** Interaction deps plus the bot's hook to get the Message Content intent after `/brief watch on`. */
export type InteractionDeps<D> = DiscordInputDeps<D> & {
  ensureReadingMessages: () => Promise<WatchReadiness>;
};

/**
 * Answers one interaction: autocomplete for `/brief tz zone`, and `/brief …` commands deferred
 * (ephemeral) at once — well inside Discord's 3 seconds — then completed by editing the reply.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export async function handleInteraction<D>(
  interaction: Interaction,
  deps: InteractionDeps<D>,
): Promise<void> {
  if (interaction.isAutocomplete()) return answerAutocomplete(interaction);
  // The buttons under a brief's dates and the "Wrong date…" modal.
  if (interaction.isButton() || interaction.isModalSubmit()) return handleEventComponent(interaction, deps);
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'brief') return;
  if (/^link\b/.test(commandText(interaction.options.data))) return briefLinkInPlace(interaction, deps);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = await runCommand(interaction, deps);
  await completeReply(interaction, reply);
}

/**
 * `/brief link url`: the deferred reply is public and becomes "Briefing <host>…", which the worker
 * then edits into the brief (no second message); the answer to the person ("Queued …") is a private
 * follow-up. When no brief will come (a failed or already posted link), the placeholder is deleted.
 */
async function briefLinkInPlace<D>(
  interaction: ChatInputCommandInteraction,
  deps: InteractionDeps<D>,
): Promise<void> {
  await interaction.deferReply();
  let shown = false;
  const placeholder: BriefPlaceholder = {
    async show(text) {
      await interaction.editReply({ content: truncate(text, 200), allowedMentions: NO_PINGS });
      shown = true;
      // The original response of this interaction; the worker edits it with the interaction token.
      return '@original';
    },
    async drop() {
      if (!shown) return;
      shown = false;
      await interaction.deleteReply();
    },
  };
  const reply = await runCommand(interaction, deps, placeholder);
  // Nothing to replace: the public "thinking…" goes.
  if (!shown) await interaction.deleteReply().catch(() => undefined);
  await interaction.followUp({
    content: truncate(toDiscordSyntax(reply.text), EMBED_LIMITS.content),
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowedMentions: NO_PINGS,
  });
}

async function answerAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const zones = focused.name === 'zone' ? zoneSuggestions(String(focused.value)) : [];
  await interaction.respond(zones.map((z) => ({ name: z, value: z })));
}

async function runCommand<D>(
  interaction: ChatInputCommandInteraction,
  deps: InteractionDeps<D>,
  placeholder?: BriefPlaceholder,
): Promise<CommandReply> {
  const text = commandText(interaction.options.data);
  const user = interaction.user.id;
  try {
    const reply = await deps.dispatch(text, {
      platform: 'discord',
      channel: interaction.channelId,
      ...(interaction.channel && 'name' in interaction.channel && interaction.channel.name
        ? { channelName: interaction.channel.name }
        : {}),
      ...(interaction.guildId ? { workspace: interaction.guildId } : {}),
      user,
      requester: { user, interactionToken: interaction.token },
      ...(placeholder ? { placeholder } : {}),
      linkTo: async (messageId: string) =>
        interaction.guildId
          ? `https://discord.com/channels/${interaction.guildId}/${interaction.channelId}/${messageId}`
          : null,
      access: {
        who: 'members with the Manage Channels permission',
        // Discord computes these for this member in this channel on every interaction; a DM has no guild.
        canManage: async () =>
          !interaction.inGuild() || interaction.memberPermissions.has(PermissionFlagsBits.ManageChannels),
      },
      deps: deps.commandDeps,
    });
    if (!/^watch on\b/.test(text)) return reply;
    // The first watched channel may need a new gateway connection with the Message Content intent.
    const readiness = await deps.ensureReadingMessages();
    return readiness === 'reading' ? reply : { ...reply, text: reply.text + WATCH_NOTES[readiness] };
  } catch (err) {
    deps.logger.error({ err, command: text, channel: interaction.channelId }, 'discord command failed');
    return {
      text: 'Something went wrong on briefbot’s side; nothing was changed. Try again in a minute.',
      ephemeral: true,
    };
  }
}
