import { FetchError, UpstreamError } from '../fetching/errors';
import { postOptionsOf } from '../chat/chat-port';
import { FeedError } from './feed-errors';
import { workOutbox } from './feed-outbox';
import { FAILURES_TO_PAUSE, type FeedDeps, type PollOutcome } from './feed-ports';
import type { FeedRecord } from './feed-records';
import { claimItems } from './claim-items';
import { readFeed } from './feed-reader';
import { plainText } from './feed-text';
import { feedJitter, pollIntervalSeconds, type PollHints } from './poll-interval';

/**
 * One poll of one feed (the `feeds` queue's `poll` job): work what a killed worker left in the
 * outbox, GET the feed (conditional), claim its new items, hand them to the following channels,
 * and keep the scheduler's interval in step with what the feed asks. A failure is counted, not
 * thrown: 5 in a row pause the feed and tell each following channel why.
 */
export async function pollFeed(deps: FeedDeps, feedId: string, signal?: AbortSignal): Promise<PollOutcome> {
  const outcome = await pollOnce(deps, feedId, signal);
  deps.metrics?.poll(outcome);
  return outcome;
}

async function pollOnce(deps: FeedDeps, feedId: string, signal?: AbortSignal): Promise<PollOutcome> {
  const feed = await deps.store.getFeed(feedId);
  const follows = feed ? await deps.store.follows(feedId) : [];
  if (!feed || follows.length === 0) {
    await deps.scheduler.unschedule(feedId);
    return 'orphan';
  }
  if (feed.state === 'paused') {
    await deps.scheduler.unschedule(feedId);
    return 'paused';
  }
  await workOutbox(deps, feed);
  const now = deps.clock.now().toISOString();
  let read;
  try {
    const validators = {
      ...(feed.etag !== undefined ? { etag: feed.etag } : {}),
      ...(feed.lastModified !== undefined ? { lastModified: feed.lastModified } : {}),
    };
    read = await readFeed(deps.fetchPage, feed.url, { validators, ...(signal ? { signal } : {}) });
  } catch (err) {
    if (!(err instanceof FetchError) && !(err instanceof FeedError)) throw err;
    return failPoll(deps, feed, err, now);
  }
  if (read.kind === 'not-modified') {
    await deps.store.updateFeed(feedId, { lastPollAt: now, failures: 0, lastError: null });
    await keepInterval(deps, feed, read.hints);
    return 'not_modified';
  }
  const claimed = await claimItems(deps, feedId, read.feed);
  await deps.store.updateFeed(feedId, {
    lastPollAt: now,
    failures: 0,
    lastError: null,
    title: read.feed.title,
    etag: read.validators.etag ?? null,
    lastModified: read.validators.lastModified ?? null,
  });
  await keepInterval(deps, feed, {
    ...read.hints,
    ...(read.feed.ttlMinutes ? { ttlMinutes: read.feed.ttlMinutes } : {}),
  });
  if (claimed.kind === 'baseline') return 'baseline';
  if (claimed.batch === null) return 'no_new_items';
  await workOutbox(deps, { ...feed, title: read.feed.title });
  return 'new_items';
}

/** Re-schedules the feed when what it asks for changes the interval. */
export async function keepInterval(deps: FeedDeps, feed: FeedRecord, hints: PollHints): Promise<void> {
  const every = pollIntervalSeconds(deps.pollSeconds, hints, feedJitter(feed.id));
  if (every === feed.intervalSeconds) return;
  await deps.scheduler.schedule(feed.id, every);
  await deps.store.updateFeed(feed.id, { intervalSeconds: every });
  deps.logger.info({ feed: feed.url, every }, 'feed poll interval set');
}

async function failPoll(
  deps: FeedDeps,
  feed: FeedRecord,
  err: FetchError | FeedError,
  now: string,
): Promise<PollOutcome> {
  const reason = err.message;
  const failures = await deps.store.addFailure(feed.id);
  await deps.store.updateFeed(feed.id, { lastPollAt: now, lastError: reason });
  deps.logger.warn({ feed: feed.url, code: err.code, failures, reason }, 'feed poll failed');
  if (err instanceof UpstreamError && err.retryAfter !== undefined)
    await keepInterval(deps, feed, { retryAfterSeconds: err.retryAfter });
  if (failures < FAILURES_TO_PAUSE) return 'failed';
  if (!(await deps.store.pause(feed.id, reason))) return 'paused';
  await deps.scheduler.unschedule(feed.id);
  await deps.store.updateFeed(feed.id, { intervalSeconds: null });
  const text =
    `Paused the feed ${plainText(feed.title, 100)} (${feed.url}) after ${FAILURES_TO_PAUSE} failed polls in a row: ${reason}. ` +
    'Follow it again with `/brief follow` and its address to resume.';
  for (const follow of await deps.store.follows(feed.id)) {
    const port = deps.chat(follow.destination.platform);
    try {
      await port?.post(
        follow.destination.channel,
        { kind: 'notice', text },
        postOptionsOf({ team: follow.destination.team }),
      );
    } catch (postErr) {
      deps.logger.warn(
        { err: postErr, channel: follow.destination.channel },
        'could not post the feed pause notice',
      );
    }
  }
  deps.logger.warn({ feed: feed.url, reason }, 'feed paused');
  return 'paused';
}
