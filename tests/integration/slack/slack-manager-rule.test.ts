import { listenSlackRouter, type SlackRouterServer } from '../../support/slack-router-server';
import { dispatchCommand } from '../../../commands/dispatch';
import { Redis } from 'ioredis';
import { RedisSeenEvents } from '../../../src/storage/redis/redis-seen-events';
import { createSlackInput, type SlackInput } from '../../../src/chat/slack/slack-input';
import { systemClock } from '../../../src/clock/clock';
import { silentLogger } from '../../../src/logging/logger';
import { RedisChannelSettingsStore } from '../../../src/storage/redis/redis-channel-settings-store';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import { RecordingIntake } from '../../fakes/recording-intake';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { postToSlackEndpoint, slackSignatureHeaders, slashCommandBody } from '../../support/slack-signing';

const secret = 'test-signing-secret-manager';

describe('Slack: only workspace admins, owners and SLACK_MANAGERS change channel settings', () => {
  let fake: FakeSlackApi;
  let redis: Redis;
  let prefix: string;
  let settings: RedisChannelSettingsStore;
  let slack: SlackInput;
  let server: SlackRouterServer;
  let endpoint: string;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
    prefix = uniquePrefix('slack-managers');
    settings = new RedisChannelSettingsStore(redis, prefix, 'UTC');
    const logger = silentLogger();
    slack = createSlackInput({
      config: {
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: fake.apiUrl,
        SLACK_MANAGERS: ['U0CAROL'],
      },
      intake: new RecordingIntake(),
      dispatch: dispatchCommand,
      settings,
      seen: new RedisSeenEvents(redis, prefix, logger),
      clock: systemClock,
      logger,
    });
    await slack.start();
    server = await listenSlackRouter(slack.router);
    endpoint = server.endpoint;
  });

  afterAll(async () => {
    await slack.stop();
    await server.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await fake.close();
  });

  const ask = async (user: string, text: string, channel = 'C0NEWS') => {
    const body = slashCommandBody({ text, user, channel, responseUrl: fake.responseUrl('cmd') });
    const res = await postToSlackEndpoint(
      endpoint,
      body,
      slackSignatureHeaders(secret, body),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    return JSON.parse(res.text) as { response_type: string; text: string };
  };
  const infoCallsFor = (user: string) =>
    fake.calls.filter((c) => c.method === 'users.info' && c.body.user === user);

  it('refuses a member politely, names who may, and changes nothing', async () => {
    for (const text of ['tz Europe/Paris', 'watch on']) {
      const reply = await ask('U0BOB', text);
      expect(reply.response_type).toBe('ephemeral');
      expect(reply.text).toContain(
        'only workspace admins and owners, and the people listed in briefbot’s SLACK_MANAGERS can change',
      );
    }
    const after = await settings.get({ platform: 'slack', channel: 'C0NEWS' });
    expect(after).toMatchObject({ timezone: 'UTC', watch: false, reminderLeads: null });
  });

  it('lets every member read: the current settings, help, and briefing a link', async () => {
    expect((await ask('U0BOB', 'tz')).text).toMatch(/^This channel’s time zone is UTC/);
    expect((await ask('U0BOB', 'watch')).text).toMatch(/not watched/);
    expect((await ask('U0BOB', 'help')).text).toContain('briefbot');
    expect((await ask('U0BOB', 'https://news.example.org/a')).text).toMatch(/^Queued/);
  });

  it('lets a workspace admin change settings, asking users.info once for several commands', async () => {
    expect((await ask('U0ALICE', 'tz Europe/Paris')).text).toMatch(
      /^Time zone for this channel is now Europe\/Paris/,
    );
    expect((await ask('U0ALICE', 'watch on')).text).toMatch(/^Watching this channel/);
    expect((await settings.get({ platform: 'slack', channel: 'C0NEWS' })).timezone).toBe('Europe/Paris');
    expect(infoCallsFor('U0ALICE')).toHaveLength(1);
  });

  it('lets a person listed in SLACK_MANAGERS change settings without asking Slack', async () => {
    expect((await ask('U0CAROL', 'watch off')).text).toMatch(/^Stopped watching/);
    expect(infoCallsFor('U0CAROL')).toHaveLength(0);
  });

  it('refuses (and does not crash) when Slack cannot say who the person is', async () => {
    fake.failNext('users.info', 'user_not_found');
    const reply = await ask('U0DAVE', 'tz Asia/Tokyo');
    expect(reply.text).toMatch(/^Sorry, only workspace admins/);
    expect((await settings.get({ platform: 'slack', channel: 'C0NEWS' })).timezone).toBe('Europe/Paris');
  });
});
