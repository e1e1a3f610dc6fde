import type { RedisClient as Redis } from '../../core/redis-client';
import type { Destination } from '../../core/destination';
import { briefSchema, type Brief } from '../../engine/brief';
import { destinationSchema } from '../../core/destination';
import { stripUndefined } from '../../core/strip-undefined';
import type {
  AdmitOutcome,
  BriefFailure,
  BriefOutcomeWriter,
  BriefState,
  BriefStateReader,
  IntakeLedger,
  PendingDestination,
} from '../brief-store';
import { redisKeys } from './redis-keys';

/** The Redis commands this store uses. */
export type BriefStoreRedis = Pick<
  Redis,
  'get' | 'set' | 'del' | 'smembers' | 'srem' | 'scard' | 'eval' | 'mget'
>;

/** A pending set outlives any sane job; the expiry only cleans up after a lost Redis write. */
const PENDING_TTL_SECONDS = 7 * 24 * 3600;

/**
 * Atomic "is it stored? else attach me": once the brief job has saved the brief, no destination can be
 * attached any more (it gets `stored` and is delivered from the store), and any destination attached
 * before the save is in the set the brief job reads after saving. So no asker is ever left out.
 * KEYS: brief, failure, pending. ARGV: destination JSON ('' for none), pending TTL.
 */
const admitScript = `
if redis.call('EXISTS', KEYS[1]) == 1 then return {'stored'} end
local failure = redis.call('GET', KEYS[2])
if failure then return {'failed', failure} end
if ARGV[1] ~= '' then
  redis.call('SADD', KEYS[3], ARGV[1])
  redis.call('EXPIRE', KEYS[3], ARGV[2])
end
return {'pending'}
`;

/** Briefs by key (with TTL), their failures, and the destinations waiting for them; keys under `<prefix>:`. */
export class RedisBriefStore implements IntakeLedger, BriefOutcomeWriter, BriefStateReader {
  constructor(
    private readonly redis: BriefStoreRedis,
    private readonly prefix: string,
  ) {}

  private keys(key: string) {
    return {
      brief: redisKeys(this.prefix).brief(key),
      failure: redisKeys(this.prefix).briefFailure(key),
      pending: redisKeys(this.prefix).briefPending(key),
    };
  }

  async forget(key: string): Promise<void> {
    const k = this.keys(key);
    await this.redis.del(k.brief, k.failure);
  }

  async admit(key: string, destination: Destination | undefined): Promise<AdmitOutcome> {
    const k = this.keys(key);
    const raw = destination ? JSON.stringify(destinationSchema.parse(destination)) : '';
    const reply = (await this.redis.eval(
      admitScript,
      3,
      k.brief,
      k.failure,
      k.pending,
      raw,
      PENDING_TTL_SECONDS,
    )) as string[];
    if (reply[0] === 'stored') return { outcome: 'stored' };
    if (reply[0] === 'failed')
      return { outcome: 'failed', failure: JSON.parse(reply[1] ?? '{}') as BriefFailure };
    return { outcome: 'pending' };
  }

  async get(key: string): Promise<Brief | null> {
    const raw = await this.redis.get(this.keys(key).brief);
    if (raw === null) return null;
    const parsed = briefSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  }

  async save(key: string, brief: Brief, ttlSeconds: number): Promise<void> {
    const k = this.keys(key);
    await this.redis.set(k.brief, JSON.stringify(brief), 'EX', ttlSeconds);
    await this.redis.del(k.failure);
  }

  async saveFailure(key: string, failure: BriefFailure, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.keys(key).failure, JSON.stringify(failure), 'EX', ttlSeconds);
  }

  async pending(key: string): Promise<PendingDestination[]> {
    const members = await this.redis.smembers(this.keys(key).pending);
    const out: PendingDestination[] = [];
    for (const raw of members) {
      const parsed = destinationSchema.safeParse(safeJson(raw));
      if (parsed.success) out.push({ raw, destination: stripUndefined(parsed.data) as Destination });
    }
    return out;
  }

  async clearPending(key: string, served: PendingDestination[]): Promise<void> {
    if (served.length === 0) return;
    await this.redis.srem(this.keys(key).pending, ...served.map((p) => p.raw));
  }

  async state(key: string): Promise<BriefState> {
    const k = this.keys(key);
    const brief = await this.get(key);
    if (brief) return { state: 'stored', brief };
    const failure = await this.redis.get(k.failure);
    if (failure !== null) return { state: 'failed', failure: JSON.parse(failure) as BriefFailure };
    const waiting = await this.redis.scard(k.pending);
    return waiting > 0 ? { state: 'pending', waiting } : { state: 'unknown' };
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
