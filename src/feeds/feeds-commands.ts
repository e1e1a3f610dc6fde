import type { Queue } from 'bullmq';
import type { Destination } from '../core/destination';
import { canonicalUrl } from '../intake/canonical-url';
import type { FeedScheduler } from './feed-ports';
import { feedFollowJobSchema, feedJobNames } from './feed-payloads';
import type { ChannelKey, FeedRecord, FollowStatus } from './feed-records';
import type { RedisFeedStore } from './redis-feed-store';

/**
 * What `/brief follow | unfollow | feeds` do on the input side. Following fetches the URL, which
 * can take longer than the platforms' 3 seconds, so it is a `follow` job the worker runs; the person
 * is told the outcome privately. Unfollowing and listing only touch Redis.
 */
export interface FeedsCommandPort {
  requestFollow(request: {
    url: string;
    destination: Destination;
    include: string[];
    exclude: string[];
  }): Promise<void>;
  /** Stops the channel's follow of the feed at `url` (the feed URL or the page it was found on). */
  unfollow(ref: ChannelKey, url: string): Promise<FeedRecord | null>;
  list(ref: ChannelKey): Promise<FollowStatus[]>;
}

export class FeedsCommands implements FeedsCommandPort {
  constructor(
    private readonly deps: {
      store: RedisFeedStore;
      queue: Pick<Queue, 'add'>;
      scheduler: FeedScheduler;
    },
  ) {}

  async requestFollow(request: {
    url: string;
    destination: Destination;
    include: string[];
    exclude: string[];
  }) {
    await this.deps.queue.add(feedJobNames.follow, feedFollowJobSchema.parse(request), {
      attempts: 2,
      backoff: { type: 'fixed', delay: 5000 },
    });
  }

  async unfollow(ref: ChannelKey, url: string): Promise<FeedRecord | null> {
    const wanted = canonicalUrl(url);
    for (const id of await this.deps.store.channelFeeds(ref)) {
      const [feed, follow] = await Promise.all([
        this.deps.store.getFeed(id),
        this.deps.store.follow(id, ref),
      ]);
      if (!feed || !follow) continue;
      if (sameUrl(feed.url, wanted) || sameUrl(follow.askedUrl, wanted)) {
        const left = await this.deps.store.removeFollow(id, ref);
        if (left === 0) {
          await this.deps.scheduler.unschedule(id);
          await this.deps.store.updateFeed(id, { intervalSeconds: null });
        }
        return feed;
      }
    }
    return null;
  }

  async list(ref: ChannelKey): Promise<FollowStatus[]> {
    const out: FollowStatus[] = [];
    for (const id of await this.deps.store.channelFeeds(ref)) {
      const [feed, follow, posted] = await Promise.all([
        this.deps.store.getFeed(id),
        this.deps.store.follow(id, ref),
        this.deps.store.posted(id, ref),
      ]);
      if (feed && follow) out.push({ feed, follow, posted });
    }
    return out.sort((a, b) => a.feed.title.localeCompare(b.feed.title));
  }
}

function sameUrl(stored: string, wanted: string): boolean {
  try {
    return canonicalUrl(stored) === wanted;
  } catch {
    return false;
  }
}
