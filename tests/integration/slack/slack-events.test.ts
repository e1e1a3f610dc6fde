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
import {
  messageEventBody,
  postToSlackEndpoint,
  slackSignatureHeaders,
  slashCommandBody,
} from '../../support/slack-signing';
import { waitFor } from '../../support/wait-for';

const secret = 'test-signing-secret-8f3a';
const form = 'application/x-www-form-urlencoded' as const;
const json = 'application/json' as const;

describe('Slack input: signed requests to POST /slack/events drive the real Bolt app', () => {
  let fake: FakeSlackApi;
  let redis: Redis;
  let prefix: string;
  let intake: RecordingIntake;
  let settings: RedisChannelSettingsStore;
  let slack: SlackInput;
  let server: SlackRouterServer;
  let endpoint: string;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
    prefix = uniquePrefix('slack-events');
    settings = new RedisChannelSettingsStore(redis, prefix, 'UTC');
    const logger = silentLogger();
    intake = new RecordingIntake();
    slack = createSlackInput({
      config: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl },
      intake,
      settings,
      seen: new RedisSeenEvents(redis, prefix, logger),
      clock: systemClock,
      dispatch: dispatchCommand,
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

  beforeEach(() => {
    intake.submissions.splice(0);
    intake.attempts = 0;
  });

  const command = (text: string, channel = 'C0NEWS') =>
    slashCommandBody({ text, channel, responseUrl: fake.responseUrl('cmd') });

  it('checks the bot token with auth.test before handling anything', () => {
    expect(fake.posted('auth.test').length).toBeGreaterThanOrEqual(1);
  });

  it('acknowledges /brief <url> at once with a private "Queued" and queues it for the channel', async () => {
    const body = command('https://news.example.org/world/geneva-talks');
    const res = await postToSlackEndpoint(endpoint, body, slackSignatureHeaders(secret, body), form);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^Queued https:\/\/news\.example\.org\/world\/geneva-talks/),
    });
    expect(intake.submissions).toEqual([
      {
        url: 'https://news.example.org/world/geneva-talks',
        destination: {
          platform: 'slack',
          channel: 'C0NEWS',
          // The "Briefing <host>…" message the brief will replace.
          placeholder: expect.stringMatching(/^\d+\.\d+$/),
          workspace: 'T0FAKE',
          requester: { user: 'U0ALICE', responseUrl: fake.responseUrl('cmd') },
        },
      },
    ]);
  });

  it('answers every subcommand privately, including bad arguments', async () => {
    const ask = async (text: string) => {
      const body = command(text);
      const res = await postToSlackEndpoint(endpoint, body, slackSignatureHeaders(secret, body), form);
      expect(res.status).toBe(200);
      return JSON.parse(res.text) as { response_type: string; text: string };
    };
    expect(await ask('tz Mars/Olympus')).toEqual({
      response_type: 'ephemeral',
      text: expect.stringContaining('“Mars/Olympus” isn’t a time zone I know'),
    });
    expect((await ask('tz Asia/Tokyo')).text).toMatch(/^Time zone for this channel is now Asia\/Tokyo/);
    expect((await ask('help')).text).toContain('`/brief &lt;link&gt;`');
    expect((await ask('digest 25:00')).response_type).toBe('ephemeral');
    expect((await ask('what is this')).text).toMatch(/^I don’t know `\/brief what`/);
    intake.failWith = 'QUEUE_UNAVAILABLE';
    expect((await ask('https://news.example.org/x')).text).toContain(
      'briefbot can’t reach its queue right now',
    );
    intake.failWith = null;
  });

  it.each([
    ['a bad signature', (body: string) => ({ ...slackSignatureHeaders('wrong-secret', body) })],
    [
      'a timestamp older than 5 minutes',
      (body: string) => slackSignatureHeaders(secret, body, Math.floor(Date.now() / 1000) - 6 * 60),
    ],
    [
      'a timestamp more than 5 minutes ahead',
      (body: string) => slackSignatureHeaders(secret, body, Math.floor(Date.now() / 1000) + 6 * 60),
    ],
    ['no signature headers', () => ({})],
  ])('refuses %s with 401 and queues nothing', async (_label, headersFor) => {
    const body = command('https://news.example.org/forged');
    const res = await postToSlackEndpoint(endpoint, body, headersFor(body), form);
    expect(res.status).toBe(401);
    expect(intake.submissions).toHaveLength(0);
  });

  it('briefs links posted in a watched channel in their thread, once, however often Slack redelivers', async () => {
    await settings.update({ platform: 'slack', channel: 'C0WATCH' }, { watch: true });
    const body = messageEventBody({
      eventId: 'Ev0WATCH1',
      channel: 'C0WATCH',
      ts: '1700000200.000300',
      text: 'Worth reading: <https://news.example.org/economy/rates|rates story> and <https://news.example.org/economy/rates|again>',
    });
    for (let retry = 0; retry <= 4; retry++) {
      const headers = {
        ...slackSignatureHeaders(secret, body),
        ...(retry > 0 ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {}),
      };
      const res = await postToSlackEndpoint(endpoint, body, headers, json);
      expect(res.status).toBe(200);
    }
    await waitFor('the watched link to be queued', () => intake.submissions.length > 0);
    // The redeliveries are dropped by their event_id before intake is even asked.
    await new Promise((r) => setTimeout(r, 100));
    expect(intake.attempts).toBe(1);
    expect(intake.submissions).toEqual([
      {
        url: 'https://news.example.org/economy/rates',
        destination: {
          platform: 'slack',
          channel: 'C0WATCH',
          workspace: 'T0FAKE',
          replyTo: '1700000200.000300',
          requester: { user: 'U0ALICE', messageId: '1700000200.000300' },
        },
      },
    ]);
    // 👀 once on the person's message, however often Slack redelivered the event.
    expect(fake.posted('reactions.add').map((c) => c.body)).toEqual([
      expect.objectContaining({ channel: 'C0WATCH', timestamp: '1700000200.000300', name: 'eyes' }),
    ]);
  });

  it('ignores edits, bot posts and channels that are not watched', async () => {
    await settings.update({ platform: 'slack', channel: 'C0WATCH' }, { watch: true });
    const events = [
      messageEventBody({
        eventId: 'Ev0EDIT',
        channel: 'C0WATCH',
        subtype: 'message_changed',
        text: '<https://news.example.org/edited>',
      }),
      messageEventBody({
        eventId: 'Ev0BOT',
        channel: 'C0WATCH',
        botId: 'B0OTHER',
        text: '<https://news.example.org/bot>',
      }),
      messageEventBody({
        eventId: 'Ev0QUIET',
        channel: 'C0QUIET',
        text: '<https://news.example.org/unwatched>',
      }),
    ];
    for (const body of events)
      expect(
        (await postToSlackEndpoint(endpoint, body, slackSignatureHeaders(secret, body), json)).status,
      ).toBe(200);
    // A watched message after them: once it is queued, the earlier ones have been handled too.
    const marker = messageEventBody({
      eventId: 'Ev0MARK',
      channel: 'C0WATCH',
      ts: '1700000300.000100',
      text: '<https://news.example.org/marker>',
    });
    await postToSlackEndpoint(endpoint, marker, slackSignatureHeaders(secret, marker), json);
    await waitFor('the watched link to be queued', () => intake.submissions.length > 0);
    expect(intake.submissions.map((s) => s.url)).toEqual(['https://news.example.org/marker']);
  });
});
