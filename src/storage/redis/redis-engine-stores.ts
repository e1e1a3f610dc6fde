import { randomUUID } from 'node:crypto';
import type { EngineStores } from '../../engine/openai/brief-cache';
import { redisKeys } from './redis-keys';

/** The few Redis commands the engine's stores use (an ioredis client fits). */
export interface EngineRedis {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown>;
  set(key: string, value: string, mode: 'PX', ms: number, nx: 'NX'): Promise<string | null>;
  eval(script: string, numKeys: number, ...args: string[]): Promise<unknown>;
  incrby(key: string, by: number): Promise<number>;
  expire(key: string, seconds: number): Promise<number>;
}

// Deletes the lock only if we still hold it (a slow holder must not free someone else's lock).
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * The engine's cache, single-flight lock and token ledger on the shared Redis (keys in
 * redis-keys.ts): `engine:answer:<sha256>` (string, TTL), `engine:flight:<sha256>` (SET NX PX),
 * `engine:tokens:<YYYY-MM-DD>` (INCRBY, kept two days).
 */
export class RedisEngineStores implements EngineStores {
  private readonly held = new Map<string, string>();
  private readonly keys: ReturnType<typeof redisKeys>;

  constructor(
    private readonly redis: EngineRedis,
    prefix: string,
  ) {
    this.keys = redisKeys(prefix);
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.keys.engineAnswer(key))) ?? undefined;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.keys.engineAnswer(key), value, 'EX', Math.max(1, Math.round(ttlSeconds)));
  }

  async acquire(key: string, ttlMs: number): Promise<boolean> {
    const token = randomUUID();
    const ok = await this.redis.set(
      this.keys.engineFlight(key),
      token,
      'PX',
      Math.max(1, Math.round(ttlMs)),
      'NX',
    );
    if (ok !== 'OK') return false;
    this.held.set(key, token);
    return true;
  }

  async release(key: string): Promise<void> {
    const token = this.held.get(key);
    if (token === undefined) return;
    this.held.delete(key);
    await this.redis.eval(RELEASE, 1, this.keys.engineFlight(key), token);
  }

  async spent(day: string): Promise<number> {
    return Number((await this.redis.get(this.keys.engineTokens(day))) ?? 0);
  }

  async add(day: string, tokens: number): Promise<void> {
    const key = this.keys.engineTokens(day);
    await this.redis.incrby(key, Math.max(0, Math.round(tokens)));
    await this.redis.expire(key, 2 * 24 * 3600);
  }
}
