import { randomUUID } from 'node:crypto';
import { postOptionsOf } from '../chat/chat-port';
import type { Destination } from '../core/destination';
import { IntakeError } from '../intake/intake-port';
import {
  channelField,
  type BatchItem,
  type FeedBatch,
  type FeedRecord,
  type FollowRecord,
} from './feed-records';
import type { FeedDeps } from './feed-ports';
import { moreItemsText } from './feed-text';
import { filterVerdict } from './item-filter';

const DEFAULT_LOCK_MS = 30_000;

/**
 * Hands every batch in a feed's outbox to each channel that followed before the batch was claimed,
 * then removes it. Re-running a batch is safe: intake dedupes (one delivery per brief and channel),
 * the posted counter counts each item once, and the compact list is posted once per channel.
 * A batch leaves the outbox only after every channel got it, so a killed worker loses nothing.
 */
export async function workOutbox(deps: FeedDeps, feed: FeedRecord): Promise<void> {
  const token = randomUUID();
  if (!(await deps.store.lockOutbox(feed.id, token, deps.outboxLockMs ?? DEFAULT_LOCK_MS))) return;
  try {
    for (const { raw, batch } of await deps.store.outbox(feed.id)) {
      const follows = await deps.store.follows(feed.id);
      for (const follow of follows) {
        if (batch.seq <= follow.afterSeq) continue; // claimed before this channel followed
        await deliverBatch(deps, feed, batch, follow);
      }
      await deps.store.ackBatch(feed.id, raw);
    }
  } finally {
    await deps.store.unlockOutbox(feed.id, token);
  }
}

async function deliverBatch(deps: FeedDeps, feed: FeedRecord, batch: FeedBatch, follow: FollowRecord) {
  const { logger } = deps;
  const field = channelField(follow.destination);
  const log = logger.child({
    feed: feed.url,
    platform: follow.destination.platform,
    channel: follow.destination.channel,
  });
  const passing: BatchItem[] = [];
  for (const item of batch.items) {
    const reason = filterVerdict(item, follow);
    if (reason === null) passing.push(item);
    else {
      if (await deps.store.markOnce(batch.batchId, `${field}|skip|${item.identity}`))
        deps.metrics?.items('filtered', 1);
      log.info({ item: item.link, title: item.title, reason }, 'feed item not posted: filtered');
    }
  }
  const newestFirst = [...passing].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  const briefed = newestFirst.slice(0, deps.maxItemsPerPoll);
  const listed = newestFirst.slice(deps.maxItemsPerPoll);
  const destination = { ...follow.destination } as Destination;
  let posted = 0;
  // Submitted together: intake is idempotent per (link, channel), so order and retries do not matter.
  const counted = await Promise.all(
    briefed.map(async (item) => {
      try {
        const result = await deps.intake.submit(item.link, destination);
        log.info({ item: item.link, status: result.status }, 'feed item sent to intake');
        return deps.store.markOnce(batch.batchId, `${field}|brief|${item.identity}`);
      } catch (err) {
        if (err instanceof IntakeError && err.code === 'INVALID_URL') {
          deps.metrics?.items('refused', 1);
          log.info(
            { item: item.link, reason: err.message },
            'feed item not posted: not a link briefbot reads',
          );
          return false;
        }
        throw err;
      }
    }),
  );
  const briefedNow = counted.filter(Boolean).length;
  if (briefedNow > 0) deps.metrics?.items('briefed', briefedNow);
  posted += briefedNow;
  if (listed.length > 0 && !(await deps.store.hasMark(batch.batchId, `${field}|list`))) {
    for (const item of listed)
      log.info(
        { item: item.link, reason: `over FEED_MAX_ITEMS_PER_POLL (${deps.maxItemsPerPoll})` },
        'feed item listed, not briefed',
      );
    const port = deps.chat(follow.destination.platform);
    if (port) {
      await port.post(
        follow.destination.channel,
        { kind: 'notice', text: moreItemsText(feed.title, listed) },
        postOptionsOf({ team: follow.destination.team }),
      );
      deps.metrics?.items('listed', listed.length);
      posted += listed.length;
    } else log.warn('no chat adapter for the platform in this worker: compact list not posted');
    await deps.store.markOnce(batch.batchId, `${field}|list`);
  }
  if (posted > 0) await deps.store.addPosted(feed.id, follow.destination, posted);
}
