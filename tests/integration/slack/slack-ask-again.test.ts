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

const secret = 'test-signing-secret-again';

describe('Slack: asking again for a link this channel already has', () => {
  let fake: FakeSlackApi;
  let redis: Redis;
  let prefix: string;
  let slack: SlackInput;
  let server: SlackRouterServer;
  let endpoint: string;
  const intake = new RecordingIntake();

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
    prefix = uniquePrefix('slack-again');
    const logger = silentLogger();
    slack = createSlackInput({
      config: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl },
      intake,
      dispatch: dispatchCommand,
      settings: new RedisChannelSettingsStore(redis, prefix, 'UTC'),
      deliveries: {
        find: async (_key, platform, channel) =>
          channel === 'C0NEWS' ? { platform, channel, id: '1700000400.000500' } : null,
      },
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

  const ask = async (text: string, channel: string) => {
    const body = slashCommandBody({ text, channel, responseUrl: fake.responseUrl('cmd') });
    const res = await postToSlackEndpoint(
      endpoint,
      body,
      slackSignatureHeaders(secret, body),
      'application/x-www-form-urlencoded',
    );
    return JSON.parse(res.text) as { response_type: string; text: string };
  };

  it('answers with a link to the brief already posted here', async () => {
    intake.stored.add('https://news.example.org/already');
    const reply = await ask('https://news.example.org/already', 'C0NEWS');
    expect(reply).toEqual({
      response_type: 'ephemeral',
      text: 'Already briefed here: https://fake.slack.com/archives/C0NEWS/p1700000400000500',
    });
    expect(fake.posted('chat.getPermalink').map((c) => c.body)).toEqual([
      expect.objectContaining({ channel: 'C0NEWS', message_ts: '1700000400.000500' }),
    ]);
  });

  it('says it will post the stored brief in a channel that does not have it yet', async () => {
    expect((await ask('https://news.example.org/already', 'C0OTHER')).text).toMatch(
      /^Already briefed https:/,
    );
  });
});
