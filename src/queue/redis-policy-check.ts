/** Just the Redis command the start-up check needs. */
export interface ConfigGetter {
  config(subcommand: 'GET', parameter: string): Promise<unknown>;
}

/** Redis would evict queue keys under memory pressure: briefbot refuses to start rather than lose accepted links. */
export class RedisEvictionPolicyError extends Error {
  readonly code = 'REDIS_EVICTION_POLICY';
  constructor(readonly policy: string) {
    super(
      `Redis maxmemory-policy is "${policy}", but briefbot needs "noeviction" so queued links are never dropped. ` +
        'Fix it with `redis-cli CONFIG SET maxmemory-policy noeviction` (and `maxmemory-policy noeviction` in redis.conf to keep it), ' +
        'or use the redis service from docker-compose.yml, which sets it.',
    );
    this.name = 'RedisEvictionPolicyError';
  }
}

/**
 * Throws RedisEvictionPolicyError unless Redis runs with `maxmemory-policy noeviction`.
 * A managed Redis that forbids CONFIG is trusted (the check is skipped) since it cannot be read.
 */
export async function assertNoEviction(redis: ConfigGetter): Promise<void> {
  let reply: unknown;
  try {
    reply = await redis.config('GET', 'maxmemory-policy');
  } catch (err) {
    if (err instanceof Error && /unknown command|NOPERM|not allowed/i.test(err.message)) return;
    throw err;
  }
  const policy = Array.isArray(reply) ? String(reply[1] ?? '') : '';
  if (policy !== '' && policy !== 'noeviction') throw new RedisEvictionPolicyError(policy);
}
