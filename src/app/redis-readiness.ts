import type { Redis } from 'ioredis';
import { assertNoEviction } from '../queue/redis-policy-check';

/** Redis did not answer at start-up. */
export class RedisUnreachableError extends Error {
  readonly code = 'REDIS_UNREACHABLE';
  constructor(readonly url: string) {
    super(
      `briefbot can't reach Redis at ${url}. Start it (\`docker compose up -d redis\`, or \`redis-server\` ` +
        'with `--maxmemory-policy noeviction`), or point REDIS_URL at the one you use.',
    );
    this.name = 'RedisUnreachableError';
  }
}

/** Waits until `redis` is connected (or throws RedisUnreachableError), then checks the eviction policy. */
export async function checkRedisAtStartup(redis: Redis, url: string, timeoutMs = 5000): Promise<void> {
  if (redis.status !== 'ready') {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        redis.off('ready', onReady);
        reject(new RedisUnreachableError(url.replace(/\/\/[^@]*@/, '//***@')));
      }, timeoutMs);
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      redis.once('ready', onReady);
    });
  }
  await assertNoEviction(redis);
}
