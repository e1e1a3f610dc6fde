import { listenSlackRouter, type SlackRouterServer } from '../../support/slack-router-server';
import { dispatchCommand } from '../../../commands/dispatch';
import { Redis } from 'ioredis';
import { createSlackInput, type SlackInput } from '../../../src/chat/slack/slack-input';
import { RedisSeenEvents } from '../../../src/storage/redis/redis-seen-events';
import { systemClock } from '../../../src/clock/clock';
import { silentLogger } from '../../../src/logging/logger';
import { RedisChannelSettingsStore } from '../../../src/storage/redis/redis-channel-settings-store';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import { RecordingIntake } from '../../fakes/recording-intake';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { postToSlackEndpoint, slackSignatureHeaders, slashCommandBody } from '../../support/slack-signing';

const secret = 'test-signing-secret-replay';
const form = 'application/x-www-form-urlencoded' as const;

describe('a signed Slack slash command replayed within the 5-minute window', () => {
  let fake: FakeSlackApi;
  let redis: Redis;
  const prefix = uniquePrefix('slack-replay');
  const intake = new RecordingIntake();
  let slack: SlackInput;
  let server: SlackRouterServer;
  let endpoint: string;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
    const logger = silentLogger();
    slack = createSlackInput({
      config: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl },
      intake,
      dispatch: dispatchCommand,
      settings: new RedisChannelSettingsStore(redis, prefix, 'UTC'),
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

  it('is answered once; the replay is dropped without acting', async () => {
    const body = slashCommandBody({
      text: 'https://news.example.org/replayed',
      responseUrl: fake.responseUrl('r'),
    });
    const headers = slackSignatureHeaders(secret, body);
    const first = await postToSlackEndpoint(endpoint, body, headers, form);
    expect(JSON.parse(first.text)).toMatchObject({ text: expect.stringMatching(/^Queued/) });
    const replays = await Promise.all(
      [1, 2, 3].map(() => postToSlackEndpoint(endpoint, body, headers, form)),
    );
    for (const replay of replays) {
      expect(replay.status).toBe(200);
      expect(replay.text).toBe('');
    }
    expect(intake.submissions).toHaveLength(1);
    expect(
      await redis.ttl(`${prefix}:slack:seen:request:${headers['x-slack-signature']}`),
    ).toBeLessThanOrEqual(300);
  });

  it('still answers the same command sent again as a new, newly signed request', async () => {
    const body = slashCommandBody({ text: 'help', responseUrl: fake.responseUrl('h') });
    const now = Math.floor(Date.now() / 1000);
    const a = await postToSlackEndpoint(endpoint, body, slackSignatureHeaders(secret, body, now), form);
    const b = await postToSlackEndpoint(endpoint, body, slackSignatureHeaders(secret, body, now - 1), form);
    expect(JSON.parse(a.text)).toMatchObject({ text: expect.stringContaining('/brief') });
    expect(JSON.parse(b.text)).toMatchObject({ text: expect.stringContaining('/brief') });
  });
});
