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

/** Another worker holds a fresh claim on posting a batch's compact list. */
class ListBeingPosted extends Error {}

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
        await deliverBatch(deps, feed, batch, follow, token);
      }
      await deps.store.ackBatch(feed.id, raw);
    }
  } catch (err) {
    // Another worker is posting this batch's list (it outlived its outbox lock): the batch stays for it.
    if (!(err instanceof ListBeingPosted)) throw err;
    deps.logger.info({ feed: feed.url }, 'feed outbox left to the worker posting its compact list');
  } finally {
    await deps.store.unlockOutbox(feed.id, token);
  }
}

async function deliverBatch(
  deps: FeedDeps,
  feed: FeedRecord,
  batch: FeedBatch,
  follow: FollowRecord,
  token: string,
) {
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
  if (listed.length > 0) posted += await postCompactList(deps, feed, batch, follow, listed, token, log);
  if (posted > 0) await deps.store.addPosted(feed.id, follow.destination, posted);
}

/**
 * The compact list ("…and 12 more from <feed>") once per channel and batch: claimed before it is
 * posted and recorded after, so a worker that takes over a batch (the first stalled past its outbox
 * lock, or died) never posts it a second time while the first may still be posting. A claim older
 * than the outbox lock belongs to a worker that is gone and is taken over (docs/adr/029).
 */
async function postCompactList(
  deps: FeedDeps,
  feed: FeedRecord,
  batch: FeedBatch,
  follow: FollowRecord,
  listed: BatchItem[],
  token: string,
  log: FeedDeps['logger'],
): Promise<number> {
  const mark = `${channelField(follow.destination)}|list`;
  const staleMs = deps.outboxLockMs ?? DEFAULT_LOCK_MS;
  const claim = await deps.store.claimPost(batch.batchId, mark, token, deps.clock.now().getTime(), staleMs);
  if (claim === 'done') return 0;
  if (claim === 'busy') throw new ListBeingPosted();
  for (const item of listed)
    log.info(
      { item: item.link, reason: `over FEED_MAX_ITEMS_PER_POLL (${deps.maxItemsPerPoll})` },
      'feed item listed, not briefed',
    );
  const port = deps.chat(follow.destination.platform);
  let posted = 0;
  if (port) {
    await port.post(
      follow.destination.channel,
      { kind: 'notice', text: moreItemsText(feed.title, listed) },
      postOptionsOf({ team: follow.destination.team }),
    );
    deps.metrics?.items('listed', listed.length);
    posted = listed.length;
  } else log.warn('no chat adapter for the platform in this worker: compact list not posted');
  await deps.store.finishPost(batch.batchId, mark);
  return posted;
}
