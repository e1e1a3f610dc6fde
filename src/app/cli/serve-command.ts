import type { RegisterCommand } from './register-command';
import { startServe } from '../roots/serve';
import { runServiceProcess } from './run-service-process';

/** `briefbot serve`: bot and worker in one process (a small install). */
export const serveCommand: RegisterCommand = (program, io, setExit) => {
  program
    .command('serve')
    .description('Run everything in one process: HTTP API, chat receivers and the worker (small installs)')
    .action(() => runServiceProcess('serve', io, setExit, (deps) => startServe(deps)));
};
