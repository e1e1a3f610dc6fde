import type { Command } from 'commander';
import type { CliIO } from './cli-io';
import type { RegisterCommand } from './register-command';

/**
 * Every subcommand, by name, loaded on demand: `briefbot brief` must not pay for loading Slack,
 * Discord, BullMQ and the OpenAI SDK. `--help` (no known name given) loads them all.
 * Add a command here: its name and the module that exports its RegisterCommand.
 */
/* eslint-disable @typescript-eslint/consistent-type-imports -- `typeof import()` types the lazily required module */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous, lazy load in CommonJS is exactly require()
const load = <T>(path: string): T => require(path) as T;

const commandLoaders: Record<string, () => RegisterCommand> = {
  brief: () => load<typeof import('./brief-command')>('./brief-command').briefCommand,
  dates: () => load<typeof import('./dates-command')>('./dates-command').datesCommand,
  extract: () => load<typeof import('./extract-command')>('./extract-command').extractCommand,
  serve: () => load<typeof import('./serve-command')>('./serve-command').serveCommand,
  bot: () => load<typeof import('./bot-command')>('./bot-command').botCommand,
  worker: () => load<typeof import('./worker-command')>('./worker-command').workerCommand,
  'register-commands': () =>
    load<typeof import('./register-commands-command')>('./register-commands-command').registerCommandsCommand,
};
/* eslint-enable @typescript-eslint/consistent-type-imports */

export function registerCommands(
  program: Command,
  io: CliIO,
  setExit: (code: number) => void,
  requested?: string,
): void {
  const only = requested !== undefined ? commandLoaders[requested] : undefined;
  const loaders = only ? [only] : Object.values(commandLoaders);
  for (const loadCommand of loaders) loadCommand()(program, io, setExit);
}
