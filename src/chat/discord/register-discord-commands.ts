import type { REST } from '@discordjs/rest';
import { Routes } from 'discord.js';
import { briefCommandDefinitions } from './command-definitions';

/**
 * Replaces the application's commands with `/brief`: globally, or in one guild (appears at once,
 * for testing). https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export async function registerDiscordCommands(
  rest: REST,
  applicationId: string,
  guildId?: string,
): Promise<{ names: string[] }> {
  const body = briefCommandDefinitions();
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return { names: saved.map((c) => c.name) };
}
