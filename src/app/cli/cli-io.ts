import type { Clock } from '../../clock/clock';

/** What a CLI command may touch: streams and the clock, so tests can run commands in-process. */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  clock: Clock;
  env: Record<string, string | undefined>;
  /** Where `.env` is looked for (serve, bot, worker); default process.cwd(). */
  cwd?: string;
}

/** A failure the person typing the command can act on: printed as one line, exit code 1 (or `exitCode`). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
