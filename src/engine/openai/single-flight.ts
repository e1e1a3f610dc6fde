import type { BriefCache, FlightLock } from './brief-cache';

export interface SingleFlightDeps {
  cache: BriefCache;
  lock: FlightLock;
  /** How long a holder may take before another process may call too. */
  lockTtlMs: number;
  /** How often a waiting process looks for the holder's result. */
  pollMs?: number;
}

/** A value and whether this call produced it (false: from the cache or another caller's flight). */
export interface FlightResult {
  value: string;
  produced: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "One call per key, ever": a cached value is returned; otherwise one caller in this process (promise map)
 * and one process across the fleet (Redis SET NX lock) produces it while the others wait for the cache.
 * A holder that fails frees the lock, so a waiter then tries itself; a produced value is cached for `ttl`.
 */
export class SingleFlight {
  private readonly inFlight = new Map<string, Promise<FlightResult>>();

  constructor(private readonly deps: SingleFlightDeps) {}

  async run(key: string, ttlSeconds: number, produce: () => Promise<string>): Promise<FlightResult> {
    const running = this.inFlight.get(key);
    if (running) return { ...(await running), produced: false };
    const flight = this.fly(key, ttlSeconds, produce).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, flight);
    return flight;
  }

  private async fly(key: string, ttlSeconds: number, produce: () => Promise<string>): Promise<FlightResult> {
    const { cache, lock, lockTtlMs } = this.deps;
    const deadline = Date.now() + lockTtlMs;
    for (;;) {
      const cached = await cache.get(key);
      if (cached !== undefined) return { value: cached, produced: false };
      if (Date.now() > deadline || (await lock.acquire(key, lockTtlMs))) break;
      await sleep(this.deps.pollMs ?? 100);
    }
    try {
      const again = await cache.get(key);
      if (again !== undefined) return { value: again, produced: false };
      const value = await produce();
      await cache.set(key, value, ttlSeconds);
      return { value, produced: true };
    } finally {
      await lock.release(key);
    }
  }
}
