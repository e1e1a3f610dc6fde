import { dispatchCommand } from '../../../commands/dispatch';
import { Redis } from 'ioredis';
import { RedisSeenEvents } from '../../../src/storage/redis/redis-seen-events';
import { createSlackInput, type SlackInput } from '../../../src/chat/slack/slack-input';
import { systemClock } from '../../../src/clock/clock';
import { silentLogger } from '../../../src/logging/logger';
import { RedisChannelSettingsStore } from '../../../src/storage/redis/redis-channel-settings-store';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import { FakeSlackSocketMode } from '../../fakes/fake-slack-socket-mode';
import { RecordingIntake } from '../../fakes/recording-intake';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { waitFor } from '../../support/wait-for';

/** The fields Slack sends for `/brief <text>`, as a Socket Mode envelope payload. */
function slashCommand(text: string, responseUrl: string, channel = 'C0NEWS'): Record<string, unknown> {
  return {
    token: 'deprecated-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: channel,
    channel_name: 'news',
    user_id: 'U0ALICE',
    user_name: 'alice',
    command: '/brief',
    text,
    api_app_id: 'A0BRIEF',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  };
}

describe('Slack in Socket Mode (SLACK_APP_TOKEN set): no public URL, events over a websocket', () => {
  let api: FakeSlackApi;
  let socket: FakeSlackSocketMode;
  let redis: Redis;
  let prefix: string;
  let intake: RecordingIntake;
  let settings: RedisChannelSettingsStore;
  let slack: SlackInput;

  beforeAll(async () => {
    api = await startFakeSlackApi();
    socket = await FakeSlackSocketMode.start();
    api.socketModeUrl = socket.url;
    redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
    prefix = uniquePrefix('slack-socket');
    settings = new RedisChannelSettingsStore(redis, prefix, 'UTC');
    const logger = silentLogger();
    intake = new RecordingIntake();
    slack = createSlackInput({
      config: { SLACK_BOT_TOKEN: 'xoxb-socket', SLACK_APP_TOKEN: 'xapp-1-socket', SLACK_API_URL: api.apiUrl },
      intake,
      settings,
      seen: new RedisSeenEvents(redis, prefix, logger),
      clock: systemClock,
      dispatch: dispatchCommand,
      logger,
    });
    await slack.start();
  });

  afterAll(async () => {
    await slack?.stop();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await socket?.close();
    await api?.close();
  });

  it('opens the connection with apps.connections.open and needs no signing secret', () => {
    expect(slack.mode).toBe('socket');
    expect(api.posted('auth.test').length).toBeGreaterThanOrEqual(1);
    expect(api.posted('apps.connections.open')).toHaveLength(1);
    expect(socket.connected).toBe(true);
  });

  it('acks /brief <url> over the socket with a private "Queued" and queues it for the channel', async () => {
    const envelope = socket.send(
      'slash_commands',
      slashCommand('https://news.example.org/world/harbour-talks', api.responseUrl('sock')),
    );
    const ack = await socket.ackOf(envelope);
    expect(ack.payload).toEqual({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^Queued https:\/\/news\.example\.org\/world\/harbour-talks/),
    });
    expect(intake.submissions).toEqual([
      {
        url: 'https://news.example.org/world/harbour-talks',
        destination: {
          platform: 'slack',
          channel: 'C0NEWS',
          // The "Briefing <host>…" message the brief will replace.
          placeholder: expect.stringMatching(/^\d+\.\d+$/),
          workspace: 'T0FAKE',
          requester: { user: 'U0ALICE', responseUrl: api.responseUrl('sock') },
        },
      },
    ]);
  });

  it('answers a bad subcommand privately over the socket', async () => {
    const ack = await socket.ackOf(
      socket.send('slash_commands', slashCommand('tz Mars/Olympus', api.responseUrl('tz'))),
    );
    expect(ack.payload).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('Mars/Olympus'),
    });
  });

  it('briefs a link posted in a watched channel in its thread, once when Slack sends the event twice', async () => {
    await settings.update({ platform: 'slack', channel: 'C0SOCKWATCH' }, { watch: true });
    const before = intake.submissions.length;
    const payload = {
      token: 'deprecated-verification-token',
      team_id: 'T0FAKE',
      api_app_id: 'A0BRIEF',
      type: 'event_callback',
      event_id: 'Ev0SOCKET1',
      event_time: 1700000300,
      authorizations: [{ team_id: 'T0FAKE', user_id: 'UBRIEFBOT', is_bot: true }],
      event: {
        type: 'message',
        channel: 'C0SOCKWATCH',
        channel_type: 'channel',
        user: 'U0ALICE',
        text: 'Read this: <https://news.example.org/ports/strike-vote>',
        ts: '1700000300.000400',
        event_ts: '1700000300.000400',
      },
    };
    const first = socket.send('events_api', payload);
    const second = socket.send('events_api', payload);
    await socket.ackOf(first);
    await socket.ackOf(second);
    await waitFor('the watched link to be queued', () => intake.submissions.length > before);
    await new Promise((r) => setTimeout(r, 100));
    expect(intake.submissions.slice(before)).toEqual([
      {
        url: 'https://news.example.org/ports/strike-vote',
        destination: {
          platform: 'slack',
          channel: 'C0SOCKWATCH',
          workspace: 'T0FAKE',
          replyTo: '1700000300.000400',
          requester: { user: 'U0ALICE', messageId: '1700000300.000400' },
        },
      },
    ]);
  });
});
