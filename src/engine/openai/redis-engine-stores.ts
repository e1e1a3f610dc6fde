import { randomUUID } from 'node:crypto';
import type { BriefCache, EngineRedis, FlightLock, TokenLedger } from './brief-cache';

// Deletes the lock only if we still hold it (a slow holder must not free someone else's lock).
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * The engine's cache, single-flight lock and token ledger on the shared Redis, under
 * `<prefix>:engine:…` keys: `answer:<sha256>` (string, TTL), `flight:<sha256>` (SET NX PX),
 * `tokens:<YYYY-MM-DD>` (INCRBY, kept two days).
 */
export class RedisEngineStores implements BriefCache, FlightLock, TokenLedger {
  private readonly held = new Map<string, string>();

  constructor(
    private readonly redis: EngineRedis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(`${this.prefix}:engine:answer:${key}`)) ?? undefined;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(
      `${this.prefix}:engine:answer:${key}`,
      value,
      'EX',
      Math.max(1, Math.round(ttlSeconds)),
    );
  }

  async acquire(key: string, ttlMs: number): Promise<boolean> {
    const token = randomUUID();
    const ok = await this.redis.set(
      `${this.prefix}:engine:flight:${key}`,
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
    await this.redis.eval(RELEASE, 1, `${this.prefix}:engine:flight:${key}`, token);
  }

  async spent(day: string): Promise<number> {
    return Number((await this.redis.get(`${this.prefix}:engine:tokens:${day}`)) ?? 0);
  }

  async add(day: string, tokens: number): Promise<void> {
    const key = `${this.prefix}:engine:tokens:${day}`;
    await this.redis.incrby(key, Math.max(0, Math.round(tokens)));
    await this.redis.expire(key, 2 * 24 * 3600);
  }
}
