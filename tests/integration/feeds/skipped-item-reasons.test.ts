import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import pino from 'pino';
import { fixedClock } from '../../../src/clock/clock';
import { workOutbox } from '../../../src/feeds/feed-outbox';
import type { FeedRecord } from '../../../src/feeds/feed-records';
import { RedisFeedStore } from '../../../src/feeds/redis-feed-store';
import { RecordingChatPort } from '../../fakes/recording-chat-port';
import { RecordingIntake } from '../../fakes/recording-intake';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { deletePrefix } from '../../support/test-service';

const FEED = 'feed-reasons';

describe('why was this feed item not posted?', () => {
  const url = testRedisUrl();
  const prefix = uniquePrefix('reasons');
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  afterAll(async () => {
    redis.disconnect();
    await deletePrefix(url, prefix);
  });

  it('logs each skipped item with its link and the reason: filtered out, or over the per-poll limit', async () => {
    const clock = fixedClock('2026-12-01T10:00:00Z');
    const store = new RedisFeedStore(redis, prefix);
    const feed: FeedRecord = {
      id: FEED,
      url: 'https://feeds.example/rss',
      title: 'Harbour News',
      state: 'active',
      failures: 0,
    };
    await store.updateFeed(FEED, { url: feed.url, title: feed.title, state: 'active' });
    await store.addFollow(FEED, {
      destination: { platform: 'test', channel: 'C-WHY' },
      askedUrl: feed.url,
      include: ['ferry'],
      exclude: ['strike'],
      since: clock.now().toISOString(),
      afterSeq: 0,
    });
    await store.claim(FEED, [], 'baseline', clock.now());
    const titles = [
      'Ferry fares frozen',
      'Ferry strike called off',
      'Cinema closes',
      'New ferry ordered',
      'Ferry timetable out',
    ];
    await store.claim(
      FEED,
      titles.map((title, i) => ({
        keys: [`link:https://harbour.example/${i}`],
        link: `https://harbour.example/${i}`,
        title,
        summary: '',
        published: new Date(Date.parse('2026-12-01T09:00:00Z') + i * 60_000).toISOString(),
      })),
      'batch-1',
      clock.now(),
    );
    const lines: Array<{ msg: string; item?: string; reason?: string }> = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(JSON.parse(chunk.toString()) as (typeof lines)[number]);
          done();
        },
      }),
    );
    const chat = new RecordingChatPort('test');
    await workOutbox(
      {
        store,
        fetchPage: async () => {
          throw new Error('not fetched in this test');
        },
        intake: new RecordingIntake(),
        scheduler: { schedule: async () => {}, unschedule: async () => {} },
        chat: () => chat,
        clock,
        logger,
        pollSeconds: 900,
        maxItemsPerPoll: 2,
      },
      feed,
    );
    const reasons = lines
      .filter((l) => l.reason !== undefined)
      .map((l) => `${l.msg} | ${l.item} | ${l.reason}`)
      .sort();
    expect(reasons).toEqual([
      'feed item listed, not briefed | https://harbour.example/0 | over FEED_MAX_ITEMS_PER_POLL (2)',
      'feed item not posted: filtered | https://harbour.example/1 | excluded by the word "strike"',
      'feed item not posted: filtered | https://harbour.example/2 | none of the include words (ferry) is in its title or summary',
    ]);
  });
});
