import type { Logger } from '../../logging/logger';
import type { Closeable } from '../plugins/plugin-contract';

/**
 * Keeps a started process running until SIGTERM or SIGINT, then closes it once (stop input, let active
 * jobs finish, close queues, quit Redis) and resolves with exit code 0. A second signal exits at once.
 */
export function runUntilSignal(
  running: Closeable,
  logger: Logger,
  proc: Pick<NodeJS.Process, 'on' | 'exit'> = process,
): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting now');
        proc.exit(1);
        return;
      }
      stopping = true;
      logger.info({ signal }, 'shutting down: finishing active jobs');
      running.close().then(
        () => resolve(0),
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    proc.on('SIGTERM', () => stop('SIGTERM'));
    proc.on('SIGINT', () => stop('SIGINT'));
  });
}
