import type { Destination, MessageRef, Platform } from '../../../src/core/destination';
import type { Brief } from '../../../src/engine/brief';
import { createRequesterNotifier } from '../../../src/delivery/chat-ports';
import { DeliverService } from '../../../src/delivery/deliver-service';
import { silentLogger } from '../../../src/logging/logger';
import { RecordingChatPort } from '../../fakes/recording-chat-port';

const brief: Brief = {
  url: 'https://news.example/a',
  title: 'Council delays transit vote',
  published: '2026-11-30',
  who: [],
  what: 'The council delayed the vote.',
  next: [
    {
      date: '2026-12-10',
      time: '07:00',
      timezone: null,
      what: 'transit vote',
      where: null,
      quote: 'at 7 a.m. on December 10',
    },
  ],
  engine: 'local',
};

function setup() {
  const chat = new RecordingChatPort('test');
  const records = new Map<string, MessageRef>();
  const service = new DeliverService({
    briefs: { get: async () => brief },
    records: {
      find: async (key: string, platform: Platform, channel: string) =>
        records.get(`${key}|${platform}|${channel}`) ?? null,
      record: async (key: string, d: Destination, ref: MessageRef) =>
        void records.set(`${key}|${d.platform}|${d.channel}`, ref),
    },
    chatPorts: { test: chat },
    channelZone: async () => 'America/New_York',
    logger: silentLogger(),
  });
  return { chat, service, notifier: createRequesterNotifier({ test: chat }, silentLogger()) };
}

describe('a link posted in a watched channel', () => {
  it('is marked ✅ on the person’s own message once its brief is posted, and the brief carries the channel zone', async () => {
    const { chat, service } = setup();
    await service.deliver({
      key: 'k1',
      destination: {
        platform: 'test',
        channel: 'C1',
        replyTo: '171.000',
        requester: { user: 'U1', messageId: '171.050' },
      },
    });
    expect(chat.marks).toEqual([{ channel: 'C1', messageId: '171.050', state: 'done' }]);
    expect(chat.posts[0]?.message).toMatchObject({ kind: 'brief', timezone: 'America/New_York' });
  });

  it('is marked ⚠ and the failure told to the poster only, never posted in the channel', async () => {
    const { chat, notifier } = setup();
    await notifier.notify(
      {
        platform: 'test',
        channel: 'C1',
        replyTo: '171.000',
        requester: { user: 'U1', messageId: '171.050' },
      },
      'the site’s secure connection failed',
    );
    expect(chat.marks).toEqual([{ channel: 'C1', messageId: '171.050', state: 'failed' }]);
    expect(chat.notifications).toHaveLength(1);
    expect(chat.posts).toHaveLength(0);
  });

  it('leaves slash-command briefs unmarked (there is no message of theirs to mark)', async () => {
    const { chat, service } = setup();
    await service.deliver({
      key: 'k2',
      destination: { platform: 'test', channel: 'C1', requester: { user: 'U1' } },
    });
    expect(chat.marks).toEqual([]);
  });
});
