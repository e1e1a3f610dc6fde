import type { Clock } from '../../clock/clock';
import { ConfigError, loadConfig, type Config } from '../../config/config';
import { describePlatforms, withDotenv } from '../../config/dotenv';
import { createLogger, type Logger } from '../../logging/logger';
import type { Closeable, PlatformPlugin } from '../plugins/plugin-contract';
import { platformPlugins } from '../plugins/platform-plugins';
import { runUntilSignal } from '../process/run-until-signal';
import { CliError, type CliIO } from './cli-io';

export type StartProcess = (deps: {
  config: Config;
  logger: Logger;
  clock: Clock;
  plugins: PlatformPlugin[];
}) => Promise<Closeable>;

/**
 * Shared by `serve`, `bot` and `worker`: parse the config, start, run until SIGTERM/SIGINT, close.
 * Start-up problems (bad config, Redis unreachable or evicting) end with one line saying what to do.
 */
export async function runServiceProcess(
  name: string,
  io: CliIO,
  setExit: (code: number) => void,
  start: StartProcess,
): Promise<void> {
  let config: Config;
  // .env in the working directory, when there is one; the real environment wins over it.
  const { env, file } = withDotenv(io.env, io.cwd ?? process.cwd());
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(`${err.message}${file ? ` (read ${file} too)` : ''}`);
    throw err;
  }
  const logger = createLogger({ level: config.LOG_LEVEL, name: `briefbot-${name}` });
  const platforms = describePlatforms(config);
  io.stderr.write(`briefbot ${name}: ${file ? `read ${file}. ` : ''}${platforms.text}\n`);
  logger[platforms.level]({ envFile: file }, platforms.text);
  let running: Closeable;
  try {
    running = await start({ config, logger, clock: io.clock, plugins: platformPlugins });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'REDIS_UNREACHABLE' || code === 'REDIS_EVICTION_POLICY')
      throw new CliError((err as Error).message);
    throw err;
  }
  setExit(await runUntilSignal(running, logger));
}
