import type { Command } from 'commander';
import type { CliIO } from './cli-io';

/** A CLI subcommand registers itself on the program; `setExit` sets the process exit code. */
export type RegisterCommand = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

const commands: RegisterCommand[] = [];

export function registerCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  for (const register of commands) register(program, io, setExit);
}
