import { Command, CommanderError } from 'commander';
import { systemClock } from '../../clock/clock';
import { processEnv } from '../../config/process-env';
import { CliError, type CliIO } from './cli-io';
import { registerCommands } from './commands';

/**
 * The `briefbot` command line. Each subcommand lives in src/app/cli/<name>-command.ts and is
 * registered in src/app/cli/commands.ts. Returns the exit code; never throws for user errors.
 */
export async function main(argv: string[], io?: Partial<CliIO>): Promise<number> {
  const fullIO: CliIO = {
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    stdin: io?.stdin ?? process.stdin,
    clock: io?.clock ?? systemClock,
    env: io?.env ?? processEnv(),
    ...(io?.cwd !== undefined ? { cwd: io.cwd } : {}),
  };
  let exitCode = 0;
  const program = new Command('briefbot')
    .description('Turns news links into briefs: who, what, and the next dates. Slack and Discord bot.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => fullIO.stdout.write(s),
      writeErr: (s) => fullIO.stderr.write(s),
    })
    .showHelpAfterError('(run `briefbot --help` for the list of commands)');
  registerCommands(program, fullIO, (code) => (exitCode = code), argv[2]);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof CliError) {
      fullIO.stderr.write(`briefbot: ${err.message}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    fullIO.stderr.write(`briefbot: ${message}\n`);
    return 1;
  }
  return exitCode;
}
