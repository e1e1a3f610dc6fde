import { Redis } from 'ioredis';
import type { ChatMessage } from '../../../src/core/chat-message';
import type { Destination, MessageRef, Platform } from '../../../src/core/destination';
import { DeliverService } from '../../../src/delivery/deliver-service';
import type { Brief } from '../../../src/engine/brief';
import { RedisStoryIndex } from '../../../src/feeds/story-index';
import { silentLogger } from '../../../src/logging/logger';
import { RecordingChatPort } from '../../fakes/recording-chat-port';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { deletePrefix } from '../../support/test-service';

const story = [
  'The regional transport authority approved a new night bus network on Tuesday after months of talks with the drivers union.',
  'Authority chair Helena Varga said the first routes would start on March 2, 2027, and a consultation on fares would follow.',
  'The network will link the airport, the university and the hospital district, with buses every twenty minutes at night.',
].join(' ');

const briefOf = (site: string, url: string): Brief => ({
  url,
  site,
  title: `Night buses approved (${site})`,
  published: '2026-11-30',
  who: [],
  what: 'The authority approved night buses.',
  next: [],
  engine: 'local',
});

/** A chat port whose posts wait until `open()`: holds the first source mid-post while the second arrives. */
class HeldChatPort extends RecordingChatPort {
  private release!: () => void;
  private readonly opened = new Promise<void>((resolve) => (this.release = resolve));
  pending = 0;
  open(): void {
    this.release();
  }
  override async post(
    channel: string,
    message: ChatMessage,
    options?: { replyTo?: string },
  ): Promise<MessageRef> {
    this.pending++;
    // Two posts in flight at once means both sources missed each other: let them through to show it.
    if (this.pending >= 2) this.open();
    await this.opened;
    return super.post(channel, message, options);
  }
}

describe('two sources of one story delivered to a channel at the same instant', () => {
  const url = testRedisUrl();
  const prefix = uniquePrefix('story-race');
  const connections: Redis[] = [];
  afterAll(async () => {
    connections.forEach((c) => c.disconnect());
    await deletePrefix(url, prefix);
  });

  /** One worker: its own Redis connection, story index and delivery service, on the shared chat. */
  function worker(chat: HeldChatPort, records: Map<string, MessageRef>): DeliverService {
    const redis = new Redis(url, { maxRetriesPerRequest: null });
    connections.push(redis);
    // While one source holds the channel's claim the other waits here: the held post may go on.
    const stories = new RedisStoryIndex(redis, prefix, Date.now, async () => {
      chat.open();
      await new Promise<void>((resolve) => setImmediate(resolve));
    });
    return new DeliverService({
      briefs: {
        get: async (key: string) =>
          key === 'k-wire'
            ? briefOf('Wire Service', 'https://wire.example/buses')
            : briefOf('Metro', 'https://metro.example/buses'),
      },
      records: {
        find: async (key: string, platform: Platform, channel: string) =>
          records.get(`${key}|${platform}|${channel}`) ?? null,
        record: async (key: string, d: Destination, ref: MessageRef) =>
          void records.set(`${key}|${d.platform}|${d.channel}`, ref),
      },
      chatPorts: { test: chat },
      logger: silentLogger(),
      stories,
    });
  }

  it('posts one brief, and the other source as "also covered by" in its thread', async () => {
    const chat = new HeldChatPort('test');
    const records = new Map<string, MessageRef>();
    const a = worker(chat, records);
    const b = worker(chat, records);
    const index = new RedisStoryIndex(connections[0]!, prefix);
    await index.remember('k-metro', story);
    await index.remember('k-wire', `${story} Officials said the first year's budget was four million euros.`);

    const destination: Destination = { platform: 'test', channel: 'C-RACE' };
    await Promise.all([
      a.deliver({ key: 'k-metro', destination }),
      b.deliver({ key: 'k-wire', destination }),
    ]);

    const briefs = chat.posts.filter((p) => p.message.kind === 'brief');
    const notices = chat.posts.filter((p) => p.message.kind === 'notice');
    expect(briefs).toHaveLength(1);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.replyTo).toBe(briefs[0]?.ref.id);
    expect(notices[0]?.message).toMatchObject({
      text: expect.stringMatching(/^Also covered by (Metro|Wire Service)$/),
    });
  });
});
