import type { Queue } from 'bullmq';
import type { FeedRecord } from '../../feeds/feed-records';
import type { RedisFeedStore } from '../../feeds/redis-feed-store';
import type { FollowedFeedLine } from '../../http/channel-page/channel-page-data';
import type { FeedHealthLine } from '../../http/status-page/status-data';
import type { ChannelRef } from '../../storage/channel-settings-store';

const SCHEDULER_PREFIX = 'feed-';

function note(feed: FeedRecord): string {
  if (feed.state === 'paused') return `paused${feed.lastError ? `: ${feed.lastError}` : ''}`;
  const polled = feed.lastPollAt
    ? `last checked ${feed.lastPollAt.slice(0, 16).replace('T', ' ')} UTC`
    : 'not checked yet';
  return feed.lastError ? `${polled}; last error: ${feed.lastError}` : polled;
}

/** The feeds a channel follows, as its page lists them (title, address, state). */
export function followedFeedLines(store: Pick<RedisFeedStore, 'channelFeeds' | 'getFeed'>) {
  return async (ref: ChannelRef): Promise<FollowedFeedLine[]> => {
    const ids = await store.channelFeeds(ref);
    const feeds = await Promise.all(ids.map((id) => store.getFeed(id)));
    return feeds
      .filter((f): f is FeedRecord => f !== null)
      .map((f) => ({ url: f.url, ...(f.title ? { title: f.title } : {}), note: note(f) }));
  };
}

/** Every followed feed's health for the status page: one BullMQ job scheduler per feed names them all. */
export function feedHealthLines(
  store: Pick<RedisFeedStore, 'getFeed' | 'follows'>,
  queue: Pick<Queue, 'getJobSchedulers'>,
) {
  return async (): Promise<FeedHealthLine[]> => {
    const schedulers = await queue.getJobSchedulers(0, 199, true);
    const ids = schedulers
      .map((s) => s.key)
      .filter((k) => k.startsWith(SCHEDULER_PREFIX))
      .map((k) => k.slice(SCHEDULER_PREFIX.length));
    const lines = await Promise.all(
      ids.map(async (id): Promise<FeedHealthLine | null> => {
        const feed = await store.getFeed(id);
        if (!feed) return null;
        const follows = await store.follows(id);
        return {
          url: feed.url,
          channels: follows.length,
          lastPolledAt: feed.lastPollAt ? Date.parse(feed.lastPollAt) : null,
          lastError:
            feed.state === 'paused'
              ? `paused: ${feed.lastError ?? 'failed polls'}`
              : (feed.lastError ?? null),
        };
      }),
    );
    return lines.filter((l): l is FeedHealthLine => l !== null);
  };
}
