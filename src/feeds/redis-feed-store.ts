import type { RedisClient as Redis } from '../core/redis-client';
import { redisKeys, type FeedKeyKind } from '../storage/redis/redis-keys';
import {
  channelField,
  feedBatchSchema,
  feedRecordSchema,
  followRecordSchema,
  type ChannelKey,
  type FeedBatch,
  type FeedRecord,
  type FollowRecord,
} from './feed-records';

/** The Redis commands this store uses. */
export type FeedStoreRedis = Pick<
  Redis,
  | 'hgetall'
  | 'hset'
  | 'hdel'
  | 'hget'
  | 'hlen'
  | 'hincrby'
  | 'hsetnx'
  | 'sadd'
  | 'srem'
  | 'smembers'
  | 'lrange'
  | 'lrem'
  | 'set'
  | 'del'
  | 'get'
  | 'eval'
  | 'expire'
>;

/** Dedupe memory: an item seen in a feed is never posted again for this long (issue 18). */
export const SEEN_DAYS = 30;
const SEEN_MS = SEEN_DAYS * 86_400_000;
const MARK_TTL_SECONDS = 3 * 86_400;

/** One item offered to `claim`: its identities (guid first, then canonical link) and its fields. */
export interface ClaimItem {
  keys: string[];
  id?: string;
  link: string;
  title: string;
  summary: string;
  published?: string;
}

export type ClaimResult =
  { kind: 'baseline'; seen: number } | { kind: 'claimed'; batch: FeedBatch | null; duplicates: number };

/**
 * Atomically: forget identities older than 30 days; take the items none of whose identities was seen;
 * mark them seen; and, unless this is the feed's first look (baseline: items present at follow time
 * are never posted), push them as one batch onto the feed's outbox. Seen-marking and the outbox push
 * are one step, so a worker killed right after it loses nothing (the outbox is worked on the next
 * poll), and two workers polling at once cannot both claim an item.
 * KEYS: seen zset, outbox list, feed hash. ARGV: now ms, cutoff ms, batch id, claimed-at ISO, seen ttl ms, items JSON.
 */
const claimScript = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
local items = cjson.decode(ARGV[6])
local fresh = {}
local dups = 0
for _, item in ipairs(items) do
  local seen = false
  for _, k in ipairs(item.keys) do
    if redis.call('ZSCORE', KEYS[1], k) then seen = true end
  end
  if seen then
    dups = dups + 1
  else
    for _, k in ipairs(item.keys) do redis.call('ZADD', KEYS[1], ARGV[1], k) end
    item.identity = item.keys[1]
    item.keys = nil
    table.insert(fresh, item)
  end
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
if redis.call('HGET', KEYS[3], 'primed') ~= '1' then
  redis.call('HSET', KEYS[3], 'primed', '1')
  return {'baseline', #fresh, ''}
end
if #fresh == 0 then return {'claimed', dups, ''} end
local seq = redis.call('HINCRBY', KEYS[3], 'seq', 1)
local batch = cjson.encode({batchId = ARGV[3], claimedAt = ARGV[4], seq = seq, items = fresh})
redis.call('RPUSH', KEYS[2], batch)
return {'claimed', dups, batch}
`;

/** Pauses a feed unless it is already paused; returns 1 only to the caller that paused it. */
const pauseScript = `
if redis.call('HGET', KEYS[1], 'state') == 'paused' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'paused', 'lastError', ARGV[1])
return 1
`;

/**
 * Claims a one-off post of a batch (the compact list): 'mine' to the first caller, and to a caller
 * finding a claim older than the stale age (its worker lost the outbox lock mid-post); 'done' once
 * the post is recorded; 'busy' while another worker's fresh claim stands.
 * KEYS: marks hash. ARGV: field, token, now ms, stale ms, ttl s.
 */
const claimPostScript = `
local v = redis.call('HGET', KEYS[1], ARGV[1])
if v and string.sub(v, 1, 8) ~= 'posting:' then return 'done' end
if v then
  local at = tonumber(string.match(v, ':(%d+)$'))
  if at and tonumber(ARGV[3]) - at < tonumber(ARGV[4]) then return 'busy' end
end
redis.call('HSET', KEYS[1], ARGV[1], 'posting:' .. ARGV[2] .. ':' .. ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 'mine'
`;

/** Feeds, follows, seen items and outboxes in Redis, every key under `<prefix>:`. */
export class RedisFeedStore {
  constructor(
    private readonly redis: FeedStoreRedis,
    private readonly prefix: string,
  ) {}

  private key(kind: FeedKeyKind, id: string): string {
    return redisKeys(this.prefix).feed(kind, id);
  }

  async getFeed(id: string): Promise<FeedRecord | null> {
    const raw = await this.redis.hgetall(this.key('feed', id));
    if (Object.keys(raw).length === 0 || raw.url === undefined) return null;
    const parsed = feedRecordSchema.safeParse({ ...raw, id });
    return parsed.success ? (JSON.parse(JSON.stringify(parsed.data)) as FeedRecord) : null;
  }

  /** Sets the given fields; `null` deletes one. */
  async updateFeed(id: string, fields: Record<string, string | number | null>): Promise<void> {
    const set: Record<string, string> = {};
    const drop: string[] = [];
    for (const [k, v] of Object.entries(fields)) {
      if (v === null) drop.push(k);
      else set[k] = String(v);
    }
    if (Object.keys(set).length > 0) await this.redis.hset(this.key('feed', id), set);
    if (drop.length > 0) await this.redis.hdel(this.key('feed', id), ...drop);
  }

  async addFollow(id: string, follow: FollowRecord): Promise<void> {
    const field = channelField(follow.destination);
    await this.redis.hset(this.key('feed-follows', id), field, JSON.stringify(follow));
    await this.redis.sadd(this.key('channel-feeds', field), id);
  }

  /** Removes a channel's follow; returns how many channels still follow the feed. */
  async removeFollow(id: string, ref: ChannelKey): Promise<number> {
    const field = channelField(ref);
    await this.redis.hdel(this.key('feed-follows', id), field);
    await this.redis.hdel(this.key('feed-posted', id), field);
    await this.redis.srem(this.key('channel-feeds', field), id);
    return this.redis.hlen(this.key('feed-follows', id));
  }

  async follows(id: string): Promise<FollowRecord[]> {
    const raw = await this.redis.hgetall(this.key('feed-follows', id));
    return Object.values(raw).flatMap((json) => {
      const parsed = followRecordSchema.safeParse(safeJson(json));
      return parsed.success ? [JSON.parse(JSON.stringify(parsed.data)) as FollowRecord] : [];
    });
  }

  async follow(id: string, ref: ChannelKey): Promise<FollowRecord | null> {
    const json = await this.redis.hget(this.key('feed-follows', id), channelField(ref));
    const parsed = followRecordSchema.safeParse(safeJson(json ?? ''));
    return parsed.success ? (JSON.parse(JSON.stringify(parsed.data)) as FollowRecord) : null;
  }

  async channelFeeds(ref: ChannelKey): Promise<string[]> {
    return this.redis.smembers(this.key('channel-feeds', channelField(ref)));
  }

  async claim(id: string, items: ClaimItem[], batchId: string, now: Date): Promise<ClaimResult> {
    const reply = (await this.redis.eval(
      claimScript,
      3,
      this.key('feed-seen', id),
      this.key('feed-outbox', id),
      this.key('feed', id),
      now.getTime(),
      now.getTime() - SEEN_MS,
      batchId,
      now.toISOString(),
      SEEN_MS + 86_400_000,
      JSON.stringify(items),
    )) as [string, number, string];
    if (reply[0] === 'baseline') return { kind: 'baseline', seen: Number(reply[1]) };
    const batch = reply[2] === '' ? null : feedBatchSchema.parse(JSON.parse(reply[2]));
    return { kind: 'claimed', batch, duplicates: Number(reply[1]) };
  }

  /** Batches claimed but not yet handed to every channel, oldest first, with their stored form. */
  async outbox(id: string): Promise<Array<{ raw: string; batch: FeedBatch }>> {
    const raws = await this.redis.lrange(this.key('feed-outbox', id), 0, 20);
    return raws.flatMap((raw) => {
      const parsed = feedBatchSchema.safeParse(safeJson(raw));
      return parsed.success ? [{ raw, batch: JSON.parse(JSON.stringify(parsed.data)) as FeedBatch }] : [];
    });
  }

  async ackBatch(id: string, raw: string): Promise<void> {
    await this.redis.lrem(this.key('feed-outbox', id), 1, raw);
  }

  /** A lock on working a feed's outbox (expires, so a killed worker's lock frees itself). */
  async lockOutbox(id: string, token: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.key('feed-outbox-lock', id), token, 'PX', ttlMs, 'NX')) === 'OK';
  }

  async unlockOutbox(id: string, token: string): Promise<void> {
    if ((await this.redis.get(this.key('feed-outbox-lock', id))) === token)
      await this.redis.del(this.key('feed-outbox-lock', id));
  }

  /** True the first time a (batch, mark) pair is set: counts an item once even when its batch is worked again. */
  async markOnce(batchId: string, mark: string): Promise<boolean> {
    const key = this.key('feed-batch-marks', batchId);
    const first = (await this.redis.hsetnx(key, mark, '1')) === 1;
    if (first) await this.redis.expire(key, MARK_TTL_SECONDS);
    return first;
  }

  /** Claims a one-off post of a batch (see claimPostScript); `finishPost` records that it went out. */
  async claimPost(
    batchId: string,
    mark: string,
    token: string,
    nowMs: number,
    staleMs: number,
  ): Promise<'mine' | 'done' | 'busy'> {
    const key = this.key('feed-batch-marks', batchId);
    const reply = await this.redis.eval(
      claimPostScript,
      1,
      key,
      mark,
      token,
      nowMs,
      staleMs,
      MARK_TTL_SECONDS,
    );
    return reply as 'mine' | 'done' | 'busy';
  }

  async finishPost(batchId: string, mark: string): Promise<void> {
    await this.redis.hset(this.key('feed-batch-marks', batchId), mark, 'posted');
  }

  async addPosted(id: string, ref: ChannelKey, n: number): Promise<void> {
    await this.redis.hincrby(this.key('feed-posted', id), channelField(ref), n);
  }

  async posted(id: string, ref: ChannelKey): Promise<number> {
    return Number((await this.redis.hget(this.key('feed-posted', id), channelField(ref))) ?? 0);
  }

  /** The sequence number of the feed's last claimed batch (0 before any). */
  async lastSeq(id: string): Promise<number> {
    return Number((await this.redis.hget(this.key('feed', id), 'seq')) ?? 0);
  }

  async addFailure(id: string): Promise<number> {
    return this.redis.hincrby(this.key('feed', id), 'failures', 1);
  }

  async pause(id: string, reason: string): Promise<boolean> {
    return (await this.redis.eval(pauseScript, 1, this.key('feed', id), reason)) === 1;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
