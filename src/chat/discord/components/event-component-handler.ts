import {
  ComponentType,
  MessageFlags,
  PermissionFlagsBits,
  TextInputStyle,
  type ButtonInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { CommandContext, CommandReply } from '../../../../commands/command-context';
import { completeReply } from '../complete-reply';
import type { DiscordInputDeps } from '../discord-input-deps';
import { toDiscordSyntax } from '../discord-syntax';
import { DATE_INPUT_ID, eventComponentKinds, eventCustomId, readEventCustomId } from './event-components';

const failed: CommandReply = {
  ephemeral: true,
  text: 'Something went wrong on briefbot’s side; nothing was changed. Try again in a minute.',
};

function base<D>(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  deps: DiscordInputDeps<D>,
): Omit<CommandContext<D>, 'args'> {
  const user = interaction.user.id;
  return {
    platform: 'discord',
    channel: interaction.channelId ?? '',
    ...(interaction.guildId ? { workspace: interaction.guildId } : {}),
    user,
    requester: { user, interactionToken: interaction.token },
    access: {
      who: 'members with the Manage Channels permission',
      canManage: async () => canManage(interaction),
    },
    deps: deps.commandDeps,
  };
}

/** Discord computes the member's permissions in this channel on every interaction; a DM has no guild. */
function canManage(interaction: ButtonInteraction | ModalSubmitInteraction): boolean {
  return !interaction.inGuild() || interaction.memberPermissions.has(PermissionFlagsBits.ManageChannels);
}

async function run<D>(
  text: string,
  interaction: ButtonInteraction | ModalSubmitInteraction,
  deps: DiscordInputDeps<D>,
): Promise<CommandReply> {
  try {
    return await deps.dispatch(text, base(interaction, deps));
  } catch (err) {
    deps.logger.error({ err, channel: interaction.channelId }, 'discord button failed');
    return failed;
  }
}

/**
 * The buttons under a brief's dates: "Remind me" (anyone), "Not an event" and "Wrong date…" (managers:
 * Manage Channels), and the modal that takes the right date. Each runs `/brief events <fix> <date-ref>`
 * through the shared handlers; answers never ping (allowed_mentions is empty).
 * https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export async function handleEventComponent<D>(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  deps: DiscordInputDeps<D>,
): Promise<void> {
  const id = readEventCustomId(interaction.customId);
  if (!id || !interaction.channelId) return;
  if (interaction.isModalSubmit()) {
    if (id.kind !== eventComponentKinds.modal) return;
    const typed = interaction.fields.getTextInputValue(DATE_INPUT_ID).replace(/\s+/g, ' ').trim();
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    return completeReply(interaction, await run(`events redate ${id.dateRef} ${typed}`, interaction, deps));
  }
  if (id.kind === eventComponentKinds.wrongDate) {
    if (!canManage(interaction)) {
      // The shared handler words the refusal; a modal would have to be the first answer, so none opens.
      const refusal = await run(`events redate ${id.dateRef}`, interaction, deps);
      await interaction.reply({
        content: toDiscordSyntax(refusal.text),
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
      return;
    }
    // https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type
    await interaction.showModal({
      custom_id: eventCustomId(eventComponentKinds.modal, id.dateRef),
      title: 'Correct the date',
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.TextInput,
              custom_id: DATE_INPUT_ID,
              label: 'The right date (this channel’s time zone)',
              style: TextInputStyle.Short,
              placeholder: '2026-06-16 or 2026-06-16 14:30 or 2026-06',
              min_length: 7,
              max_length: 40,
              required: true,
            },
          ],
        },
      ],
    });
    return;
  }
  if (id.kind !== eventComponentKinds.notEvent && id.kind !== eventComponentKinds.remindMe) return;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const fix = id.kind === eventComponentKinds.notEvent ? 'not-event' : 'remind-me';
  await completeReply(interaction, await run(`events ${fix} ${id.dateRef}`, interaction, deps));
}
