import { redisAnswers } from './redis-probe';
import { hasRedisServer, startThrowawayRedis, type ThrowawayRedis } from './redis-server';

/**
 * Makes sure the tests have a Redis: the one at REDIS_URL (default 127.0.0.1:6379), else a
 * throwaway redis-server started here and stopped in global-teardown, else a clear stop.
 */
export default async function globalSetup(): Promise<void> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await redisAnswers(url)) {
    process.env.REDIS_URL = url;
    return;
  }
  if (!hasRedisServer()) {
    throw new Error(
      `No Redis answers at ${url} and redis-server is not installed.\n` +
        'Start one with `docker compose up -d redis`, or install the OS package (apt-get install redis-server), ' +
        'or set REDIS_URL to a Redis you can use for tests.',
    );
  }
  const redis: ThrowawayRedis = await startThrowawayRedis();
  process.env.REDIS_URL = redis.url;
  (globalThis as { __briefbotRedis?: ThrowawayRedis }).__briefbotRedis = redis;
}
