import type { Command } from 'commander';
import type { CliIO } from './cli-io';

/** A CLI subcommand registers itself on the program; `setExit` sets the process exit code. */
export type RegisterCommand = (program: Command, io: CliIO, setExit: (code: number) => void) => void;
