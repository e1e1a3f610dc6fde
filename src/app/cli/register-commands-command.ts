import type { Command } from 'commander';
import { createDiscordRest } from '../../chat/discord/discord-chat-port';
import { registerDiscordCommands } from '../../chat/discord/register-discord-commands';
import { ConfigError, loadConfig } from '../../config/config';
import { CliError } from './cli-io';
import type { RegisterCommand } from './register-command';

/**
 * `briefbot register-commands [--guild ID]`: sends the /brief slash command definitions to Discord,
 * globally or to one guild (there they appear at once, handy while testing).
 */
export const registerCommandsCommand: RegisterCommand = (program: Command, io) => {
  program
    .command('register-commands')
    .description(
      'Register the /brief slash command with Discord (needs DISCORD_TOKEN and DISCORD_APPLICATION_ID)',
    )
    .option('--guild <id>', 'register in one guild only (appears immediately) instead of globally')
    .action(async (opts: { guild?: string }) => {
      let config;
      try {
        config = loadConfig(io.env);
      } catch (err) {
        if (err instanceof ConfigError) throw new CliError(err.message);
        throw err;
      }
      if (config.DISCORD_TOKEN === undefined || config.DISCORD_APPLICATION_ID === undefined) {
        throw new CliError(
          'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (Discord Developer Portal → your application) to register commands.',
        );
      }
      if (opts.guild !== undefined && !/^\d{5,25}$/.test(opts.guild)) {
        throw new CliError(
          `--guild must be a guild (server) id, digits only; got "${opts.guild}". Right-click the server → Copy Server ID.`,
        );
      }
      const rest = createDiscordRest({ token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL });
      try {
        const { names } = await registerDiscordCommands(rest, config.DISCORD_APPLICATION_ID, opts.guild);
        const where = opts.guild ? `in guild ${opts.guild}` : 'globally';
        io.stdout.write(`Registered ${names.map((n) => `/${n}`).join(', ')} ${where}.\n`);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        throw new CliError(`Discord refused the command registration: ${message}`);
      }
    });
};
