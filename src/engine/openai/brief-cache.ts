/**
 * Where model answers are kept so one article costs one call: a string value per key with a TTL.
 * `RedisEngineStores` (src/storage/redis/) is the real one, shared by every worker; `MemoryEngineStores` serves one-off CLI runs.
 */
export interface BriefCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
}

/**
 * A cross-process "only one of us calls the model" lock: `acquire` succeeds for one holder until it
 * releases or `ttlMs` passes (a crashed holder never blocks others for longer).
 */
export interface FlightLock {
  acquire(key: string, ttlMs: number): Promise<boolean>;
  release(key: string): Promise<void>;
}

/** Tokens spent per UTC day (YYYY-MM-DD), for the daily budget. */
export interface TokenLedger {
  spent(day: string): Promise<number>;
  add(day: string, tokens: number): Promise<void>;
}

/** The engine's three stores; src/storage/redis/redis-engine-stores.ts is the shared one. */
export type EngineStores = BriefCache & FlightLock & TokenLedger;

/** In-process stores for a single run (the CLI): nothing shared, nothing persisted. */
export class MemoryEngineStores implements BriefCache, FlightLock, TokenLedger {
  private readonly values = new Map<string, { value: string; until: number }>();
  private readonly locks = new Map<string, number>();
  private readonly days = new Map<string, number>();

  async get(key: string): Promise<string | undefined> {
    const hit = this.values.get(key);
    return hit && hit.until > Date.now() ? hit.value : undefined;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.values.set(key, { value, until: Date.now() + ttlSeconds * 1000 });
  }

  async acquire(key: string, ttlMs: number): Promise<boolean> {
    if ((this.locks.get(key) ?? 0) > Date.now()) return false;
    this.locks.set(key, Date.now() + ttlMs);
    return true;
  }

  async release(key: string): Promise<void> {
    this.locks.delete(key);
  }

  async spent(day: string): Promise<number> {
    return this.days.get(day) ?? 0;
  }

  async add(day: string, tokens: number): Promise<void> {
    this.days.set(day, (this.days.get(day) ?? 0) + tokens);
  }
}
