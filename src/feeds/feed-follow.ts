import { claimItems } from './claim-items';
import { feedIdOf } from './feed-ids';
import { workOutbox } from './feed-outbox';
import { keepInterval } from './feed-poller';
import type { FeedDeps } from './feed-ports';
import type { FeedRecord } from './feed-records';
import { readFeed } from './feed-reader';
import type { FeedFollowJobData } from './feed-payloads';
import { plainText } from './feed-text';

export interface FollowResult {
  feed: FeedRecord;
  /** The page the feed was found on (autodiscovery). */
  discoveredFrom?: string;
  /** The feed had been paused after failures; this follow resumed it. */
  resumed: boolean;
  /** Items in the feed now: recorded as seen, never posted. */
  present: number;
}

/**
 * A channel follows a feed (the `feeds` queue's `follow` job): read the URL (a page leads to the feed
 * it advertises), record the items present now as seen (they are never posted), add the follow and
 * make sure the feed's one scheduler runs. Following a paused feed resumes it. Throws the reader's
 * FeedError / FetchError when the URL is no feed; the caller tells the person.
 */
export async function followFeed(
  deps: FeedDeps,
  job: FeedFollowJobData,
  signal?: AbortSignal,
): Promise<FollowResult> {
  const read = await readFeed(deps.fetchPage, job.url, { discover: true, ...(signal ? { signal } : {}) });
  if (read.kind !== 'feed') throw new Error('unreachable: an unconditional GET answered 304');
  const id = feedIdOf(read.feedUrl);
  const existing = await deps.store.getFeed(id);
  const now = deps.clock.now().toISOString();
  await deps.store.updateFeed(id, {
    url: existing?.url ?? read.feedUrl,
    title: read.feed.title,
    state: 'active',
    failures: 0,
    lastError: null,
    lastPollAt: now,
    etag: read.validators.etag ?? null,
    lastModified: read.validators.lastModified ?? null,
  });
  const claimed = await claimItems(deps, id, read.feed);
  const { requester: _requester, replyTo: _replyTo, ...where } = job.destination;
  await deps.store.addFollow(id, {
    destination: where,
    askedUrl: job.url,
    include: job.include,
    exclude: job.exclude,
    since: deps.clock.now().toISOString(),
    afterSeq: await deps.store.lastSeq(id),
  });
  const feed = (await deps.store.getFeed(id)) as FeedRecord;
  await keepInterval(deps, feed, {
    ...read.hints,
    ...(read.feed.ttlMinutes ? { ttlMinutes: read.feed.ttlMinutes } : {}),
  });
  if (claimed.kind === 'claimed' && claimed.batch !== null) await workOutbox(deps, feed);
  deps.logger.info({ feed: feed.url, channel: where.channel, platform: where.platform }, 'feed followed');
  return {
    feed,
    ...(read.discoveredFrom !== undefined ? { discoveredFrom: read.discoveredFrom } : {}),
    resumed: existing?.state === 'paused',
    present: read.feed.items.length,
  };
}

/** What the person who asked is told once the follow is in place. */
export function followedText(
  result: FollowResult,
  job: Pick<FeedFollowJobData, 'include' | 'exclude'>,
): string {
  const title = plainText(result.feed.title, 100);
  const found = result.discoveredFrom !== undefined ? ` (found on ${result.discoveredFrom})` : '';
  const words = [
    job.include.length > 0 ? `only items mentioning ${job.include.join(', ')}` : '',
    job.exclude.length > 0 ? `none mentioning ${job.exclude.join(', ')}` : '',
  ].filter((w) => w !== '');
  return [
    `${result.resumed ? 'Resumed and following' : 'Following'} ${title}: ${result.feed.url}${found}.`,
    `New items will be briefed in this channel${words.length > 0 ? ` (${words.join('; ')})` : ''}; the ${result.present} already in it are not posted.`,
  ].join(' ');
}
