import type { RegisterCommand } from './register-command';
import { startBot } from '../roots/bot';
import { runServiceProcess } from './run-service-process';

/** `briefbot bot`: input only (chat receivers and the HTTP API); pair it with one or more `briefbot worker`. */
export const botCommand: RegisterCommand = (program, io, setExit) => {
  program
    .command('bot')
    .description(
      'Run the input side only: chat receivers, HTTP API, health and metrics (pair with `briefbot worker`)',
    )
    .action(() => runServiceProcess('bot', io, setExit, (deps) => startBot(deps)));
};
