import { ConfigError, loadConfig } from '../../config/config';
import { createEngine } from '../../engine/create-engine';
import type { EngineName } from '../../engine/engine-names';
import { createLogger } from '../../logging/logger';
import { closeConnection, createInputConnection } from '../../queue/redis-connections';
import { describeRedisTarget, redisTarget } from '../../queue/redis-target';
import { RedisEngineStores } from '../../storage/redis/redis-engine-stores';
import type { CliEngine } from './cli-engine-handle';
import { CliError, type CliIO } from './cli-io';

/** How long the CLI waits for Redis before briefing without the shared cache. */
const REDIS_WAIT_MS = 1500;

/**
 * The model engine for one CLI run: `openai` and `hybrid` read OPENAI_* from the environment
 * and use the worker's answer cache in Redis (REDIS_URL / REDIS_CLUSTER_NODES, BRIEFBOT_PREFIX) when it answers,
 * so briefing the same article twice calls the model once; without Redis they cache in memory and say so on stderr.
 */
export async function openCliModelEngine(name: Exclude<EngineName, 'local'>, io: CliIO): Promise<CliEngine> {
  let config;
  try {
    config = loadConfig({ ...io.env, BRIEF_ENGINE: name });
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.problems.join('; '));
    throw err;
  }
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'briefbot-cli' });
  const target = redisTarget(config);
  const redis = createInputConnection(target, 'briefbot-cli');
  redis.on('error', () => {});
  const ready = await new Promise<boolean>((resolve) => {
    if (redis.status === 'ready') return resolve(true);
    const timer = setTimeout(() => resolve(false), REDIS_WAIT_MS);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (!ready) {
    redis.disconnect();
    io.stderr.write(
      `briefbot: note: no Redis at ${describeRedisTarget(target)}; model answers are cached for this run only\n`,
    );
    return { engine: createEngine(config, { clock: io.clock, logger }, name), close: async () => {} };
  }
  const engine = createEngine(
    config,
    { clock: io.clock, logger, stores: new RedisEngineStores(redis, config.BRIEFBOT_PREFIX) },
    name,
  );
  return { engine, close: () => closeConnection(redis) };
}
