import { dispatchCommand } from '../../../commands/dispatch';
import { createRemindProcessor } from '../../../jobs/remind';
import { RedisSeenEvents } from '../../../src/storage/redis/redis-seen-events';
import { SlackChatPort } from '../../../src/chat/slack/slack-chat-port';
import { createSlackInput, type SlackInput } from '../../../src/chat/slack/slack-input';
import { createSlackWebClient } from '../../../src/chat/slack/slack-web-client';
import { fixedClock } from '../../../src/clock/clock';
import { silentLogger } from '../../../src/logging/logger';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import { RecordingIntake } from '../../fakes/recording-intake';
import {
  brief,
  createEventsHarness,
  plannedReminders,
  type EventsHarness,
} from '../../support/events-harness';
import { listenSlackRouter, type SlackRouterServer } from '../../support/slack-router-server';
import {
  blockActionBody,
  postToSlackEndpoint,
  slackSignatureHeaders,
  viewSubmissionBody,
} from '../../support/slack-signing';
import { Worker } from 'bullmq';
import { waitFor } from '../../support/wait-for';

const secret = 'test-signing-secret-buttons';
const channel = { platform: 'slack' as const, channel: 'C0NEWS' };

interface Button {
  action_id: string;
  value: string;
  text: { text: string };
}

describe('Slack: the buttons under a brief’s dates, through real Bolt and the fake Web API', () => {
  // Events are in 2030 by the injected clock; Slack signs with the real time (Bolt checks it), which
  // is before the injected now, so the receiver's future-timestamp check lets it through.
  const clock = fixedClock('2030-03-03T09:00:00Z');
  let fake: FakeSlackApi;
  let h: EventsHarness;
  let port: SlackChatPort;
  let slack: SlackInput;
  let server: SlackRouterServer;
  let worker: Worker | undefined;
  let briefTs: string;
  const buttons: Button[][] = [];

  const transit = brief({
    title: 'Transit board <!channel> schedules fare vote',
    next: [
      {
        date: '2030-03-10',
        time: null,
        timezone: null,
        what: 'fare vote <@U0EVIL>',
        where: null,
        quote: 'The board votes on fares on March 10.',
      },
      {
        date: '2030-03-12',
        time: null,
        timezone: null,
        what: 'anniversary',
        where: null,
        quote: 'The line opened on March 12, 1990.',
      },
    ],
  });

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    const logger = silentLogger();
    const client = createSlackWebClient({ token: 'xoxb-test', apiUrl: fake.apiUrl, logger });
    port = new SlackChatPort({ client, logger, clock, channelGapMs: 0, sleep: async () => undefined });
    h = await createEventsHarness({
      clock,
      label: 'slack-buttons',
      chat: (p) => (p === 'slack' ? port : undefined),
    });
    slack = createSlackInput({
      config: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: fake.apiUrl },
      intake: new RecordingIntake(),
      dispatch: dispatchCommand,
      settings: h.settings,
      events: h.events,
      seen: new RedisSeenEvents(h.redis, h.prefix, logger),
      clock,
      logger,
    });
    await slack.start();
    server = await listenSlackRouter(slack.router);

    // The worker's side: the brief is posted with its buttons, then its dates become channel events.
    const ref = await port.post(channel.channel, { kind: 'brief', brief: transit, timezone: 'UTC' });
    briefTs = ref.id;
    await h.events.onDelivered(transit, { ...channel }, ref);
    const posted = fake.posted('chat.postMessage')[0]!.body.blocks as { type: string; elements?: Button[] }[];
    for (const b of posted) if (b.type === 'actions') buttons.push(b.elements ?? []);
  });

  afterAll(async () => {
    await worker?.close();
    await slack.stop();
    await server.close();
    await h.close();
    await fake.close();
  });

  const send = async (body: string) => {
    const res = await postToSlackEndpoint(
      server.endpoint,
      body,
      slackSignatureHeaders(secret, body),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    return res;
  };
  const click = async (date: number, label: string, user: string) => {
    const button = buttons[date]!.find((b) => b.text.text === label)!;
    const responseId = `click-${fake.calls.length}`;
    const before = fake.calls.length;
    await send(
      blockActionBody({
        actionId: button.action_id,
        value: button.value,
        messageTs: briefTs,
        responseUrl: fake.responseUrl(responseId),
        user,
      }),
    );
    return { responseId, before };
  };
  const answerTo = async (responseId: string) => {
    await waitFor('the button’s answer', () =>
      fake.calls.some((c) => c.method === 'response_url' && c.responseId === responseId),
    );
    return fake.calls.find((c) => c.method === 'response_url' && c.responseId === responseId)!.body;
  };

  it('puts Remind me, Not an event and Wrong date… under each date, valued by a reference, not article text', () => {
    expect(buttons).toHaveLength(2);
    for (const row of buttons) {
      expect(row.map((b) => b.text.text)).toEqual(['Remind me', 'Not an event', 'Wrong date…']);
      for (const b of row) expect(b.value).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(buttons[0]![0]!.value).not.toBe(buttons[1]![0]!.value);
  });

  it('refuses Not an event to a member privately and keeps the date', async () => {
    const { responseId } = await click(1, 'Not an event', 'U0BOB');
    const answer = await answerTo(responseId);
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(answer.text)).toMatch(/^Sorry, only workspace admins and owners/);
    expect((await h.events.upcoming(channel, 30)).map((e) => e.what)).toHaveLength(2);
  });

  it('lets an admin remove a date that is not an event: the channel is told, reminders and calendar follow', async () => {
    const { responseId } = await click(1, 'Not an event', 'U0ALICE');
    const answer = await answerTo(responseId);
    expect(answer).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(answer.text).toBe(
      'Removed “anniversary” (Tue 12 Mar 2030) from this channel’s events, calendar and reminders: it was not an event.',
    );
    expect((await h.events.upcoming(channel, 30)).map((e) => e.what)).toEqual(['fare vote <@U0EVIL>']);
    const ics = (await h.events.calendarFeed(await h.events.tokens.ensure(channel))) ?? '';
    expect(ics).not.toContain('anniversary');
  });

  it('refuses Wrong date… to a member without opening the modal', async () => {
    const { responseId, before } = await click(0, 'Wrong date…', 'U0BOB');
    expect(String((await answerTo(responseId)).text)).toMatch(/^Sorry, only workspace admins/);
    expect(fake.calls.slice(before).some((c) => c.method === 'views.open')).toBe(false);
  });

  it('opens a modal for an admin, keeps it open on a bad date, then moves the event and says so', async () => {
    const { before } = await click(0, 'Wrong date…', 'U0ALICE');
    await waitFor('views.open', () => fake.calls.slice(before).some((c) => c.method === 'views.open'));
    const opened = fake.calls.slice(before).find((c) => c.method === 'views.open')!;
    expect(opened.ok).toBe(true);
    expect(typeof opened.body.trigger_id).toBe('string');
    const view = opened.body.view as { callback_id: string; private_metadata: string; type: string };
    expect(view.type).toBe('modal');
    expect(view.private_metadata).not.toMatch(/fare|board/);

    const bad = await send(viewSubmissionBody({ view, values: { date: { date: 'next tuesday' } } }));
    expect(JSON.parse(bad.text)).toEqual({
      response_action: 'errors',
      errors: { date: expect.stringMatching(/^“next tuesday” isn’t a date I can use/) },
    });

    const posts = fake.posted('chat.postMessage').length;
    const good = await send(viewSubmissionBody({ view, values: { date: { date: '2030-03-17 18:30' } } }));
    expect(good.text).toBe('');
    await waitFor('the notice', () => fake.posted('chat.postMessage').length > posts);
    const notice = fake.posted('chat.postMessage').at(-1)!;
    expect(notice.channel).toBe('C0NEWS');
    // Article text is escaped: the label cannot ping anyone.
    expect(notice.text).toBe(
      'Corrected “fare vote &lt;@U0EVIL&gt;”: Sun 17 Mar 2030 18:30 (UTC) (was Sun 10 Mar 2030). Its reminders and the calendar follow.',
    );
    const [event] = await h.events.ledger.list(channel, { after: 0, before: Number.MAX_SAFE_INTEGER });
    expect(event).toMatchObject({ date: '2030-03-17', time: '18:30' });
  });

  it('gives any member a personal reminder by direct message, once', async () => {
    const { responseId } = await click(0, 'Remind me', 'U0BOB');
    const answer = await answerTo(responseId);
    expect(answer).toMatchObject({ response_type: 'ephemeral' });
    expect(answer.text).toBe(
      'I’ll remind you of “fare vote &lt;@U0EVIL&gt;” (Sun 17 Mar 2030 18:30 (UTC)) by direct message on Sat 16 Mar 2030 18:30 (UTC).',
    );
    const ids = Object.keys(await plannedReminders(h.reminderQueue));
    expect(ids.filter((id) => id.endsWith('-me-U0BOB'))).toHaveLength(1);

    worker = new Worker('reminders', createRemindProcessor({ events: h.events }), {
      connection: h.connection,
      prefix: h.prefix,
    });
    const personal = (await h.reminderQueue.getDelayed()).find((j) => j.id?.endsWith('-me-U0BOB'))!;
    clock.set('2030-03-16T18:30:00Z');
    const posts = fake.posted('chat.postMessage').length;
    await personal.promote();
    await waitFor('the direct message', () => fake.posted('chat.postMessage').length > posts);
    expect(fake.posted('conversations.open').map((c) => c.body.users)).toEqual(['U0BOB']);
    const dm = fake.posted('chat.postMessage').at(-1)!;
    expect(dm.channel).toBe('D0BOB');
    expect(dm.text).toMatch(/in 24 hours/);
    expect(dm.body.thread_ts).toBeUndefined();
  });
});
