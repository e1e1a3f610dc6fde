import type { RedisClient as Redis } from '../../core/redis-client';
import { assertNoEviction } from '../../queue/redis-policy-check';
import { describeRedisTarget, type RedisTarget } from '../../queue/redis-target';

/** Redis did not answer at start-up. */
export class RedisUnreachableError extends Error {
  readonly code = 'REDIS_UNREACHABLE';
  constructor(
    readonly url: string,
    cause?: string,
  ) {
    super(
      url.startsWith('the Redis Cluster')
        ? `briefbot can't use ${url}${cause ? ` (${cause})` : ''}. Check that REDIS_CLUSTER_NODES lists nodes of a ` +
            'cluster whose slots are all assigned (`redis-cli --cluster check HOST:PORT`), and REDIS_CLUSTER_PASSWORD.'
        : `briefbot can't reach Redis at ${url}. Start it (\`docker compose up -d redis\`, or \`redis-server\` ` +
            'with `--maxmemory-policy noeviction`), or point REDIS_URL at the one you use.',
    );
    this.name = 'RedisUnreachableError';
  }
}

/**
 * Waits until `redis` is connected (or throws RedisUnreachableError with the last connection error), then checks
 * the eviction policy. On a cluster it also checks that every slot is served (`cluster_state:ok`).
 */
export async function checkRedisAtStartup(
  redis: Redis,
  address: string | RedisTarget,
  timeoutMs = 5000,
): Promise<void> {
  const target: RedisTarget = typeof address === 'string' ? { kind: 'single', url: address } : address;
  const shown = describeRedisTarget(target);
  if (redis.status !== 'ready') {
    let lastError: string | undefined;
    const onError = (err: Error) => {
      lastError = err.message;
    };
    redis.on('error', onError);
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          redis.off('ready', onReady);
          reject(new RedisUnreachableError(shown, lastError));
        }, timeoutMs);
        const onReady = () => {
          clearTimeout(timer);
          resolve();
        };
        redis.once('ready', onReady);
      });
    } finally {
      redis.off('error', onError);
    }
  }
  if (target.kind === 'cluster') {
    const info = String(await redis.call('CLUSTER', 'INFO'));
    const state = /cluster_state:(\w+)/.exec(info)?.[1];
    if (state !== 'ok') throw new RedisUnreachableError(shown, `cluster_state is ${state ?? 'unknown'}`);
  }
  await assertNoEviction(redis);
}
