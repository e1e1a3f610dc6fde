import { randomUUID } from 'node:crypto';
import type { RedisClient as Redis } from '../core/redis-client';
import type { Destination, MessageRef } from '../core/destination';
import { redisKeys } from '../storage/redis/redis-keys';

/** Two briefs posted to a channel within this window can be one story (issue 18). */
export const STORY_WINDOW_MS = 48 * 3600 * 1000;
/** Share of the smaller article's word shingles the other must contain to be the same story. */
export const SAME_STORY_OVERLAP = 0.85;
const SHINGLE_WORDS = 5;
const MAX_SHINGLES = 3000;
/** Fewer shingles than this is too little text to call two articles the same. */
const MIN_SHINGLES = 20;

export type StoryIndexRedis = Pick<
  Redis,
  'set' | 'get' | 'zadd' | 'zrangebyscore' | 'zremrangebyscore' | 'pexpire' | 'eval'
>;

/** A channel's story claim outlives a worker killed while holding it by at most this long. */
const CLAIM_TTL_MS = 15_000;
/** How long a delivery waits for another source's match-and-post in the same channel before retrying. */
const CLAIM_WAIT_MS = 20_000;
const CLAIM_POLL_MS = 25;
/** Deletes the claim only when it is still this holder's (a claim that expired may be someone else's now). */
const RELEASE_CLAIM = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** Another delivery held the channel's story claim for too long; the job retries with backoff. */
class StoryClaimBusyError extends Error {
  readonly code = 'STORY_CLAIM_BUSY';
  readonly retryable = true;
  constructor(channel: string) {
    super(`another source of a story is being posted in ${channel}; trying again`);
    this.name = 'StoryClaimBusyError';
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The 5-word shingles of an article's text, as sorted 32-bit FNV-1a hashes. Words are lower-cased
 * letters and digits, so markup, punctuation and spacing differences between two copies of one
 * wire story do not matter.
 */
export function shingles(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length && set.size < MAX_SHINGLES; i++)
    set.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from([...set].sort((a, b) => a - b));
}

/** |A ∩ B| / min(|A|, |B|) of two sorted shingle sets: 1 when one article contains the other. */
export function shingleOverlap(a: Uint32Array, b: Uint32Array): number {
  if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / Math.min(a.length, b.length);
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * One story, one post: remembers each briefed article's shingles and each channel's top-level brief
 * posts for 48 hours, and finds the earlier post of the same story (85 % shingle overlap) so a later
 * source goes in its thread as "also covered by <site>". Same canonical URL is already one brief key,
 * posted once per channel by the delivery records.
 */
export class RedisStoryIndex {
  constructor(
    private readonly redis: StoryIndexRedis,
    private readonly prefix: string,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = defaultSleep,
  ) {}

  /**
   * Runs `run` (find the earlier post, then post or add to its thread) holding the channel's claim,
   * a `SET NX PX` key, so two sources of one story delivered at the same instant cannot both miss
   * each other and post twice: the second waits, then finds the first's post.
   */
  async exclusive<T>(
    destination: Pick<Destination, 'platform' | 'channel' | 'team'>,
    run: () => Promise<T>,
  ): Promise<T> {
    const claim = redisKeys(this.prefix).storyClaim(destination);
    const token = randomUUID();
    const giveUpAt = this.now() + CLAIM_WAIT_MS;
    while ((await this.redis.set(claim, token, 'PX', CLAIM_TTL_MS, 'NX')) !== 'OK') {
      if (this.now() >= giveUpAt) throw new StoryClaimBusyError(destination.channel);
      await this.sleep(CLAIM_POLL_MS);
    }
    try {
      return await run();
    } finally {
      await this.redis.eval(RELEASE_CLAIM, 1, claim, token);
    }
  }

  private printKey(key: string) {
    return redisKeys(this.prefix).storyPrint(key);
  }

  private postsKey(d: Pick<Destination, 'platform' | 'channel' | 'team'>) {
    return redisKeys(this.prefix).storyPosts(d);
  }

  /** Called when an article is briefed. */
  async remember(key: string, text: string): Promise<void> {
    const print = shingles(text);
    if (print.length < MIN_SHINGLES) return;
    await this.redis.set(
      this.printKey(key),
      Buffer.from(print.buffer).toString('base64'),
      'PX',
      STORY_WINDOW_MS * 2,
    );
  }

  private async print(key: string): Promise<Uint32Array | null> {
    const raw = await this.redis.get(this.printKey(key));
    if (raw === null) return null;
    const bytes = Buffer.from(raw, 'base64');
    return new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4));
  }

  /** The channel's earlier top-level post of the same story within 48 hours, if any. */
  async earlierPost(key: string, destination: Destination): Promise<MessageRef | null> {
    const mine = await this.print(key);
    if (mine === null) return null;
    const since = this.now() - STORY_WINDOW_MS;
    const posts = await this.redis.zrangebyscore(this.postsKey(destination), since, '+inf');
    for (const raw of posts) {
      const post = JSON.parse(raw) as { key: string; id: string };
      if (post.key === key) continue;
      const theirs = await this.print(post.key);
      if (theirs !== null && shingleOverlap(mine, theirs) >= SAME_STORY_OVERLAP)
        return { platform: destination.platform, channel: destination.channel, id: post.id };
    }
    return null;
  }

  /** Called after a brief is posted at the top level of a channel. */
  async posted(key: string, ref: MessageRef): Promise<void> {
    const k = this.postsKey(ref);
    const at = this.now();
    await this.redis.zremrangebyscore(k, '-inf', at - STORY_WINDOW_MS);
    await this.redis.zadd(k, at, JSON.stringify({ key, id: ref.id }));
    await this.redis.pexpire(k, STORY_WINDOW_MS * 2);
  }
}
