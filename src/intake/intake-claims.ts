import type { RedisClient as Redis } from '../core/redis-client';
import { redisKeys } from '../storage/redis/redis-keys';

/**
 * Who starts a link's brief job when many ask at once. `claim` is true for exactly one caller per key
 * within the claim's lifetime, so exactly one asker reads "Queued" and the rest "Already working".
 */
export interface IntakeClaims {
  claim(key: string): Promise<boolean>;
  /** Gives a claim back (its job could not be added), so the next asker is told "Queued" again. */
  release(key: string): Promise<void>;
}

/**
 * Long enough to cover every asker racing the first one; far shorter than a stored brief or failure
 * lives, so a later ask after the brief expired is answered "Queued" again.
 */
export const CLAIM_TTL_MS = 30_000;

/** Claims as `SET NX PX` on `<prefix>:intake-claim:<key>`: exact across every bot process on one Redis. */
export class RedisIntakeClaims implements IntakeClaims {
  constructor(
    private readonly redis: Pick<Redis, 'set' | 'del'>,
    private readonly prefix: string,
    private readonly ttlMs = CLAIM_TTL_MS,
  ) {}

  async claim(key: string): Promise<boolean> {
    return (await this.redis.set(this.name(key), '1', 'PX', this.ttlMs, 'NX')) === 'OK';
  }

  async release(key: string): Promise<void> {
    await this.redis.del(this.name(key));
  }

  private name(key: string): string {
    return redisKeys(this.prefix).intakeClaim(key);
  }
}

/** Claims in this process only (unit tests, a single bot). */
export class MemoryIntakeClaims implements IntakeClaims {
  private readonly until = new Map<string, number>();
  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = CLAIM_TTL_MS,
  ) {}

  async claim(key: string): Promise<boolean> {
    const at = this.now();
    if ((this.until.get(key) ?? 0) > at) return false;
    this.until.set(key, at + this.ttlMs);
    return true;
  }

  async release(key: string): Promise<void> {
    this.until.delete(key);
  }
}
