import { Redis } from 'ioredis';
import { fixedClock } from '../../../src/clock/clock';
import type { ChatMessage } from '../../../src/core/chat-message';
import type { MessageRef } from '../../../src/core/destination';
import type { FeedRecord } from '../../../src/feeds/feed-records';
import { workOutbox } from '../../../src/feeds/feed-outbox';
import type { FeedDeps } from '../../../src/feeds/feed-ports';
import { RedisFeedStore } from '../../../src/feeds/redis-feed-store';
import { silentLogger } from '../../../src/logging/logger';
import { RecordingChatPort } from '../../fakes/recording-chat-port';
import { RecordingIntake } from '../../fakes/recording-intake';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { deletePrefix } from '../../support/test-service';

const FEED = 'feed-compact';
const LOCK_MS = 30_000;

/** Holds the first compact list post until `release()`; `reached` resolves when it arrives. */
class HeldListPort extends RecordingChatPort {
  private let!: () => void;
  private arrived!: () => void;
  readonly reached = new Promise<void>((resolve) => (this.arrived = resolve));
  private readonly gate = new Promise<void>((resolve) => (this.let = resolve));
  private held = false;
  release(): void {
    this.let();
  }
  override async post(
    channel: string,
    message: ChatMessage,
    options?: { replyTo?: string },
  ): Promise<MessageRef> {
    if (message.kind === 'notice' && !this.held) {
      this.held = true;
      this.arrived();
      await this.gate;
    }
    return super.post(channel, message, options);
  }
}

describe('the compact list of a batch, when a second worker takes the batch over', () => {
  const url = testRedisUrl();
  let prefix: string;
  let redis: Redis;
  let store: RedisFeedStore;
  const clock = fixedClock('2026-12-01T10:00:00Z');
  const feed: FeedRecord = {
    id: FEED,
    url: 'https://feeds.example/rss',
    title: 'Harbour News',
    state: 'active',
    failures: 0,
  };

  beforeEach(async () => {
    prefix = uniquePrefix('compact');
    redis = new Redis(url, { maxRetriesPerRequest: null });
    store = new RedisFeedStore(redis, prefix);
    await store.updateFeed(FEED, { url: feed.url, title: feed.title, state: 'active' });
    await store.addFollow(FEED, {
      destination: { platform: 'test', channel: 'C-LIST' },
      askedUrl: feed.url,
      include: [],
      exclude: [],
      since: clock.now().toISOString(),
      afterSeq: 0,
    });
    await store.claim(FEED, [], 'baseline', clock.now());
    const items = Array.from({ length: 8 }, (_, i) => ({
      keys: [`link:https://harbour.example/${i}`],
      link: `https://harbour.example/${i}`,
      title: `Harbour story ${i}`,
      summary: '',
      published: new Date(Date.parse('2026-12-01T09:00:00Z') + i * 60_000).toISOString(),
    }));
    await store.claim(FEED, items, 'batch-1', clock.now());
  });
  afterEach(async () => {
    redis.disconnect();
    await deletePrefix(url, prefix);
  });

  const depsWith = (chat: RecordingChatPort): FeedDeps => ({
    store,
    fetchPage: async () => {
      throw new Error('not fetched in this test');
    },
    intake: new RecordingIntake(),
    scheduler: { schedule: async () => {}, unschedule: async () => {} },
    chat: () => chat,
    clock,
    logger: silentLogger(),
    pollSeconds: 900,
    maxItemsPerPoll: 2,
    outboxLockMs: LOCK_MS,
  });
  const lists = (chat: RecordingChatPort) => chat.posts.filter((p) => p.message.kind === 'notice');

  it('is posted once when the first worker stalls past its lock while posting it', async () => {
    const chat = new HeldListPort('test');
    const first = workOutbox(depsWith(chat), feed);
    await chat.reached;
    // The first worker's outbox lock runs out while it is still posting (BullMQ calls such a job stalled).
    await redis.del(`${prefix}:feed-outbox-lock:${FEED}`);
    await workOutbox(depsWith(chat), feed);
    chat.release();
    await first;
    await workOutbox(depsWith(chat), feed);

    expect(lists(chat)).toHaveLength(1);
    expect(lists(chat)[0]?.message).toMatchObject({
      text: expect.stringMatching(/^…and 6 more from Harbour News:/),
    });
    expect(await store.outbox(FEED)).toEqual([]);
    expect(await store.posted(FEED, { platform: 'test', channel: 'C-LIST' })).toBe(8);
  });

  it('is not lost when the first worker dies before posting it: a later worker posts it once', async () => {
    const chat = new RecordingChatPort('test');
    chat.failNext = new Error('worker killed');
    await expect(workOutbox(depsWith(chat), feed)).rejects.toThrow('worker killed');
    // Right away, the claim may still be the dead worker's: nothing is posted twice.
    await workOutbox(depsWith(chat), feed);
    expect(lists(chat)).toHaveLength(0);
    // Once the claim is older than the outbox lock, its worker is gone and the list goes out.
    clock.set(new Date(clock.now().getTime() + LOCK_MS + 1000));
    await workOutbox(depsWith(chat), feed);
    await workOutbox(depsWith(chat), feed);
    expect(lists(chat)).toHaveLength(1);
    expect(await store.outbox(FEED)).toEqual([]);
  });
});
