import { RecordingChatPort } from '../fakes/recording-chat-port';
import { cleanUp, startFaultRedis, within, type FaultRedis } from './support/fault-cleanup';
import { createEventsRig, type EventsRig } from './support/events-rig';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/fake-slack-api';
import { serviceEnv } from './support/service-env';
import { startWorkerProcess, waitUntil, type WorkerProcess } from './support/worker-process';

const channels = Array.from({ length: 50 }, (_, i) => `C0DIGEST${String(i).padStart(2, '0')}`);

describe('Slack answering 429 to everything for a while during a 50-channel digest', () => {
  let redis: FaultRedis;
  let slack: FakeSlackApi;
  let rig: EventsRig;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await startFaultRedis();
    slack = await startFakeSlackApi();
    rig = createEventsRig({ redisUrl: redis.url, prefix: 'bbfault', chat: new RecordingChatPort('slack') });
  });

  afterAll(() =>
    cleanUp(
      () => Promise.all(workers.map((w) => w.stop())),
      rig && (() => within(rig.close(), 10_000, 'closing the events rig')),
      slack && (() => slack.close()),
      redis && (() => redis.dispose()),
    ),
  );

  it('posts every digest once, none before its time and none before Retry-After', async () => {
    const digestAt = Math.ceil((Date.now() + 20_000) / 60_000) * 60_000;
    const hhmm = new Date(digestAt).toISOString().slice(11, 16);
    for (const channel of channels) {
      const ref = { platform: 'slack' as const, channel };
      await rig.settings.update(ref, { timezone: 'UTC', digestSkipEmpty: false, digestTime: hhmm });
      await rig.events.digests.set(ref, hhmm, 'UTC');
    }
    slack.mode = { kind: 'rate-limited', retryAfterSeconds: 1 };
    const env = serviceEnv({
      redisUrl: redis.url,
      prefix: 'bbfault',
      slackApiUrl: slack.apiUrl,
      concurrency: 16,
    });
    workers.push(startWorkerProcess(env), startWorkerProcess(env));

    // Slack refuses everything until 8 s after the digests come due, then recovers.
    await waitUntil(() => Date.now() >= digestAt + 8000, 'the end of the rate limiting', 90_000, 100);
    slack.mode = { kind: 'normal' };
    await waitUntil(() => slack.posted().length >= channels.length, 'all 50 digests', 90_000, 200);
    await new Promise((r) => setTimeout(r, 3000));

    const refused = slack.calls.filter((c) => c.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    const posted = slack.posted();
    expect(posted.map((c) => c.channel).sort()).toEqual([...channels].sort());
    expect(posted.every((c) => typeof c.text === 'string' && c.text.length > 0)).toBe(true);
    expect(slack.calls.every((c) => c.receivedAt >= digestAt)).toBe(true);
    for (const channel of channels) {
      const calls = slack.calls.filter((c) => c.channel === channel);
      for (let i = 1; i < calls.length; i++) {
        if (calls[i - 1]!.status === 429)
          expect(calls[i]!.receivedAt - calls[i - 1]!.receivedAt).toBeGreaterThanOrEqual(950);
      }
    }
    const recoveredAt = digestAt + 8000;
    const lastPost = Math.max(...posted.map((c) => c.receivedAt));
    console.log(
      `429 fault: ${refused.length} refused calls, 50 digests posted once, last ${lastPost - recoveredAt} ms after Slack recovered`,
    );
  });
});
