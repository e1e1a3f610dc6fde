import { feedHealthLines, followedFeedLines } from '../../../src/app/plugins/channel-page-feeds';
import type { FeedRecord, FollowRecord } from '../../../src/feeds/feed-records';

const feeds: Record<string, FeedRecord> = {
  f1: {
    id: 'f1',
    url: 'https://courrier.example/rss',
    title: 'Le Courrier',
    state: 'active',
    lastPollAt: '2026-11-30T08:15:00.000Z',
    failures: 0,
  },
  f2: {
    id: 'f2',
    url: 'https://gone.example/feed',
    title: 'Gone Gazette',
    state: 'paused',
    lastError: 'the site answered 404',
    failures: 5,
  },
};

const store = {
  channelFeeds: async (ref: { platform: string; channel: string }) =>
    ref.channel === 'C1' ? ['f1', 'f2', 'missing'] : [],
  getFeed: async (id: string) => feeds[id] ?? null,
  follows: async (id: string) =>
    id === 'f1' ? [{} as FollowRecord, {} as FollowRecord] : [{} as FollowRecord],
};

describe('followed feeds on the channel page and the status page', () => {
  it('lists the channel’s feeds with their state, paused ones with the reason', async () => {
    const lines = await followedFeedLines(store)({ platform: 'slack', channel: 'C1' });
    expect(lines).toEqual([
      {
        url: 'https://courrier.example/rss',
        title: 'Le Courrier',
        note: 'last checked 2026-11-30 08:15 UTC',
      },
      { url: 'https://gone.example/feed', title: 'Gone Gazette', note: 'paused: the site answered 404' },
    ]);
    expect(await followedFeedLines(store)({ platform: 'slack', channel: 'C2' })).toEqual([]);
  });

  it('gives every scheduled feed’s health: channels following, last poll, last error', async () => {
    const queue = {
      getJobSchedulers: async () => [
        { key: 'feed-f1', name: 'poll' },
        { key: 'feed-f2', name: 'poll' },
        { key: 'other', name: 'x' },
      ],
    };
    expect(await feedHealthLines(store, queue)()).toEqual([
      {
        url: 'https://courrier.example/rss',
        channels: 2,
        lastPolledAt: Date.parse('2026-11-30T08:15:00.000Z'),
        lastError: null,
      },
      {
        url: 'https://gone.example/feed',
        channels: 1,
        lastPolledAt: null,
        lastError: 'paused: the site answered 404',
      },
    ]);
  });
});
