import { Router } from 'express';
import type { RedisClient as Redis } from '../core/redis-client';
import { isRedisRefusingWrites } from '../queue/redis-unavailable';

/** Resolves when Redis answers and takes writes; rejects with the reason otherwise. */
export type ReadinessProbe = () => Promise<void>;

/** Why /readyz says 503, in words an operator can act on. */
export class NotReadyError extends Error {
  override readonly name = 'NotReadyError';
}

/**
 * PING, then a small expiring write: a Redis out of memory under noeviction still answers PING but
 * refuses every job and brief, and a load balancer should stop routing to this process meanwhile.
 */
export function redisReadinessProbe(redis: Pick<Redis, 'ping' | 'set'>, prefix: string): ReadinessProbe {
  return async () => {
    await redis.ping();
    try {
      await redis.set(`${prefix}:readyz-probe`, '1', 'PX', 10_000);
    } catch (err) {
      if (!isRedisRefusingWrites(err)) throw err;
      const reason = err instanceof Error ? err.message.split('.')[0] : String(err);
      throw new NotReadyError(`Redis refuses writes (${reason}); briefbot can't queue anything right now`);
    }
  };
}

/** GET /readyz: 200 when Redis answers within `timeoutMs`, else 503 at once (load balancers stop routing). */
export function createReadinessRouter(probe: ReadinessProbe, timeoutMs = 800): Router {
  const router = Router();
  router.get('/readyz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeoutMs))),
      ]);
      res.json({ status: 'ready' });
    } catch (err) {
      const error = err instanceof NotReadyError ? err.message : "briefbot can't reach its queue right now";
      res.status(503).json({ status: 'unavailable', error });
    } finally {
      clearTimeout(timer);
    }
  });
  return router;
}
