import { ChatPostError } from '../../../src/chat/chat-port';
import { SlackChatPort } from '../../../src/chat/slack/slack-chat-port';
import { createSlackWebClient } from '../../../src/chat/slack/slack-web-client';
import { fixedClock } from '../../../src/clock/clock';
import type { Brief } from '../../../src/engine/brief';
import { silentLogger } from '../../../src/logging/logger';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';

const brief: Brief = {
  url: 'https://news.example.org/world/ceasefire',
  title: 'Ceasefire talks to resume in Doha next week',
  site: 'Example News',
  published: '2025-03-10',
  who: [{ name: 'Amira Haddad', kind: 'person', role: 'mediator' }],
  what: 'Negotiators will return to Doha after a two-week pause.',
  next: [
    {
      date: '2025-03-17',
      time: null,
      timezone: null,
      what: 'Ceasefire talks resume',
      where: 'Doha',
      quote: 'talks resume in Doha on March 17',
    },
  ],
  engine: 'local',
};

describe('SlackChatPort posting through the real WebClient', () => {
  let fake: FakeSlackApi;
  let waits: number[];
  let port: SlackChatPort;

  beforeEach(async () => {
    fake = await startFakeSlackApi();
    waits = [];
    const logger = silentLogger();
    port = new SlackChatPort({
      client: createSlackWebClient({ token: 'xoxb-test', apiUrl: fake.apiUrl, logger }),
      logger,
      clock: fixedClock('2025-03-10T09:00:00Z'),
      sleep: async (ms) => {
        waits.push(ms);
      },
      responseUrlHosts: ['127.0.0.1'],
    });
  });

  afterEach(() => fake.close());

  it('posts a brief with its people and dates, as a thread reply when asked', async () => {
    const ref = await port.post('C0NEWS', { kind: 'brief', brief }, { replyTo: '1700000200.000300' });
    const [call] = fake.posted('chat.postMessage');
    expect(ref).toEqual({
      platform: 'slack',
      channel: 'C0NEWS',
      id: expect.stringMatching(/^1700000000\.\d{6}$/),
    });
    expect(call?.body).toMatchObject({
      channel: 'C0NEWS',
      thread_ts: '1700000200.000300',
      text: expect.stringContaining('Ceasefire talks'),
    });
    const blocks = JSON.stringify(call?.body.blocks);
    expect(blocks).toContain('Amira Haddad');
    expect(blocks).toContain('Mon 17 Mar 2025');
  });

  it('waits out a 429 and posts exactly once', async () => {
    fake.rateLimitNext('chat.postMessage', 2);
    await port.post('C0NEWS', { kind: 'brief', brief });
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([
      429, 200,
    ]);
    expect(fake.posted('chat.postMessage')).toHaveLength(1);
    expect(waits).toEqual([2000]);
  });

  it('spaces posts to one channel about a second apart, but not posts to different channels', async () => {
    await port.post('C0NEWS', { kind: 'notice', text: 'first' });
    await port.post('C0OTHER', { kind: 'notice', text: 'elsewhere' });
    await port.post('C0NEWS', { kind: 'notice', text: 'second' });
    expect(fake.posted('chat.postMessage').map((c) => c.body.text)).toEqual(['first', 'elsewhere', 'second']);
    expect(waits).toEqual([1000]);
  });

  it('fails without retry when the bot is not in the channel, saying what to do', async () => {
    fake.failNext('chat.postMessage', 'not_in_channel');
    const error = await port.post('C0PRIVATE', { kind: 'brief', brief }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatPostError);
    expect(error).toMatchObject({
      code: 'slack_not_in_channel',
      retryable: false,
      message: expect.stringContaining('/invite @briefbot'),
    });
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('tells the requester privately through the response_url, else with chat.postEphemeral', async () => {
    await port.notify(
      { user: 'U0ALICE', responseUrl: fake.responseUrl('abc') },
      'C0NEWS',
      'Could not brief <https://x>: the page answered 404',
    );
    expect(fake.posted('response_url')).toEqual([
      expect.objectContaining({
        responseId: 'abc',
        body: {
          response_type: 'ephemeral',
          replace_original: false,
          text: 'Could not brief &lt;https://x&gt;: the page answered 404',
        },
      }),
    ]);
    await port.notify({ user: 'U0BOB' }, 'C0NEWS', 'Could not brief it');
    expect(fake.posted('chat.postEphemeral').map((c) => c.body)).toEqual([
      expect.objectContaining({ channel: 'C0NEWS', user: 'U0BOB', text: 'Could not brief it' }),
    ]);
    expect(fake.posted('chat.postMessage')).toHaveLength(0);
  });

  it('swaps the 👀 on a watched link for ✅ when briefed and ⚠ when it failed', async () => {
    await port.mark('C0WATCH', '1700000200.000300', 'done');
    await port.mark('C0WATCH', '1700000200.000400', 'failed');
    expect(fake.posted('reactions.remove').map((c) => c.body)).toEqual([
      expect.objectContaining({ channel: 'C0WATCH', timestamp: '1700000200.000300', name: 'eyes' }),
      expect.objectContaining({ channel: 'C0WATCH', timestamp: '1700000200.000400', name: 'eyes' }),
    ]);
    expect(fake.posted('reactions.add').map((c) => c.body)).toEqual([
      expect.objectContaining({
        channel: 'C0WATCH',
        timestamp: '1700000200.000300',
        name: 'white_check_mark',
      }),
      expect.objectContaining({ channel: 'C0WATCH', timestamp: '1700000200.000400', name: 'warning' }),
    ]);
  });
});
