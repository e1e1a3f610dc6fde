import type { RegisterCommand } from './register-command';
import { startWorkerProcess } from '../roots/worker-process';
import { runServiceProcess } from './run-service-process';

/** `briefbot worker`: job processing and posting; start as many as you like on one Redis. */
export const workerCommand: RegisterCommand = (program, io, setExit) => {
  program
    .command('worker')
    .description('Run a worker: fetch, brief and post (start several on one Redis to scale out)')
    .action(() => runServiceProcess('worker', io, setExit, (deps) => startWorkerProcess(deps)));
};
