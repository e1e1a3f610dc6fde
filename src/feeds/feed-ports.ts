import type { ChatPort } from '../chat/chat-port';
import type { Clock } from '../clock/clock';
import type { Platform } from '../core/destination';
import type { IntakePort } from '../intake/intake-port';
import type { Logger } from '../logging/logger';
import type { FetchPage } from './feed-fetcher';
import type { RedisFeedStore } from './redis-feed-store';

/** One BullMQ job scheduler per feed (docs/adr/021); the queue-backed one is in feed-scheduler.ts. */
export interface FeedScheduler {
  schedule(feedId: string, everySeconds: number): Promise<void>;
  unschedule(feedId: string): Promise<void>;
}

export type PollOutcome =
  'new_items' | 'no_new_items' | 'not_modified' | 'baseline' | 'failed' | 'paused' | 'orphan';
export type ItemOutcome =
  'briefed' | 'listed' | 'filtered' | 'duplicate' | 'no_link' | 'baseline' | 'refused';

/** `briefbot_feed_polls_total{outcome}` and `briefbot_feed_items_total{outcome}`. */
export interface FeedMetrics {
  poll(outcome: PollOutcome): void;
  items(outcome: ItemOutcome, n: number): void;
}

/** What the feed services need, built in the worker's composition root. */
export interface FeedDeps {
  store: RedisFeedStore;
  fetchPage: FetchPage;
  /** The same intake as `/brief <url>`: dedupe, cache, delivery. */
  intake: IntakePort;
  scheduler: FeedScheduler;
  chat: (platform: Platform) => ChatPort | undefined;
  clock: Clock;
  logger: Logger;
  metrics?: FeedMetrics;
  /** FEED_POLL_SECONDS. */
  pollSeconds: number;
  /** FEED_MAX_ITEMS_PER_POLL. */
  maxItemsPerPoll: number;
  /** How long a worker's claim on a feed's outbox lasts if it dies (WORKER_LOCK_DURATION_MS); default 30 s. */
  outboxLockMs?: number;
  /** Unique ids for batches; default crypto.randomUUID. */
  newId?: () => string;
}

/** Failed polls in a row that pause a feed. */
export const FAILURES_TO_PAUSE = 5;
