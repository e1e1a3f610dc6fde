import type { Command } from 'commander';
import { briefCommand } from './brief-command';
import type { CliIO } from './cli-io';
import { datesCommand } from './dates-command';
import { extractCommand } from './extract-command';
import { registerCommandsCommand } from './register-commands-command';
import { serveCommand } from './serve-command';
import { botCommand } from './bot-command';
import { workerCommand } from './worker-command';

/** A CLI subcommand registers itself on the program; `setExit` sets the process exit code. */
export type RegisterCommand = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

const commands: RegisterCommand[] = [briefCommand, registerCommandsCommand, extractCommand, serveCommand, botCommand, workerCommand, datesCommand];

export function registerCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  for (const register of commands) register(program, io, setExit);
}
