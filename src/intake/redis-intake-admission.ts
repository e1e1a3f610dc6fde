import type { RedisClient as Redis } from '../core/redis-client';
import { destinationSchema, type Destination } from '../core/destination';
import type { BriefFailure } from '../storage/brief-store';
import { redisKeys } from '../storage/redis/redis-keys';
import { CLAIM_TTL_MS } from './intake-claims';

/** A pending set outlives any sane job; the expiry only cleans up after a lost Redis write. */
const PENDING_TTL_SECONDS = 7 * 24 * 3600;

/**
 * One intake in one script (docs/adr/036-intake-in-one-script.md). KEYS: brief, failure, pending set,
 * claim, the brief job's BullMQ hash. ARGV: destination JSON ('' for none), pending TTL (s), claim TTL (ms).
 * Stored → 'stored'; failed → 'failed' + the failure; else the destination is attached and the
 * reply says whether the job is live, finished (a leftover to replace) or absent, and whether this
 * caller took the claim (exactly one caller per claim window says "Queued").
 */
const admitLua = `
if redis.call('EXISTS', KEYS[1]) == 1 then return {'stored'} end
local failure = redis.call('GET', KEYS[2])
if failure then return {'failed', failure} end
if ARGV[1] ~= '' then
  redis.call('SADD', KEYS[3], ARGV[1])
  redis.call('EXPIRE', KEYS[3], ARGV[2])
end
local job = 'absent'
if redis.call('EXISTS', KEYS[5]) == 1 then
  if redis.call('HEXISTS', KEYS[5], 'finishedOn') == 1 then job = 'finished' else job = 'live' end
end
local first = 0
if job ~= 'live' and redis.call('SET', KEYS[4], '1', 'PX', ARGV[3], 'NX') then first = 1 end
return {'pending', job, first}
`;

/** What one admission found. `job`: the brief job's state when the link is pending. */
export type Admission =
  | { outcome: 'stored' }
  | { outcome: 'failed'; failure: BriefFailure }
  | { outcome: 'pending'; job: 'absent' | 'finished' | 'live'; first: boolean };

type AdmitCommand = (
  brief: string,
  failure: string,
  pending: string,
  claim: string,
  jobHash: string,
  destination: string,
  pendingTtl: number,
  claimTtl: number,
) => Promise<[string, string?, number?]>;

const commandName = 'briefbotIntakeAdmit';

/**
 * Admits a link with one EVALSHA: ioredis `defineCommand` caches the script (EVALSHA, EVAL only
 * after a NOSCRIPT), on one server or a Cluster. All five keys carry BRIEFBOT_PREFIX, so on a
 * cluster (prefix `{tag}`) they share one slot with BullMQ's own keys.
 */
export class RedisIntakeAdmission {
  private readonly admitCommand: AdmitCommand;

  constructor(
    redis: Redis,
    private readonly prefix: string,
    private readonly claimTtlMs = CLAIM_TTL_MS,
  ) {
    const commands = redis as unknown as Record<string, AdmitCommand | undefined>;
    if (commands[commandName] === undefined)
      redis.defineCommand(commandName, { numberOfKeys: 5, lua: admitLua });
    this.admitCommand = (commands[commandName] as AdmitCommand).bind(redis);
  }

  /** `jobHash`: the BullMQ key of the brief job (`queue.toKey(jobId)`). */
  async admit(key: string, destination: Destination | undefined, jobHash: string): Promise<Admission> {
    const raw = destination ? JSON.stringify(destinationSchema.parse(destination)) : '';
    const keys = redisKeys(this.prefix);
    const reply = await this.admitCommand(
      keys.brief(key),
      keys.briefFailure(key),
      keys.briefPending(key),
      keys.intakeClaim(key),
      jobHash,
      raw,
      PENDING_TTL_SECONDS,
      this.claimTtlMs,
    );
    if (reply[0] === 'stored') return { outcome: 'stored' };
    if (reply[0] === 'failed')
      return { outcome: 'failed', failure: JSON.parse(reply[1] ?? '{}') as BriefFailure };
    const job = reply[1] === 'live' || reply[1] === 'finished' ? reply[1] : 'absent';
    return { outcome: 'pending', job, first: Number(reply[2]) === 1 };
  }
}
