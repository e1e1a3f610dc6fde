import { cleanUp, startFaultRedis, within, type FaultRedis } from './support/fault-cleanup';
import { RecordingChatPort } from '../fakes/recording-chat-port';
import { briefWithEvent, createEventsRig, type EventsRig } from './support/events-rig';
import { waitUntil } from './support/worker-process';

const reminderChannels = 200;
const leadsPerChannel = 5;
const digestChannels = 20;

describe('Redis restarted (AOF on) with 1,000 delayed reminders and 20 digest schedulers', () => {
  let redis: FaultRedis;
  let rig: EventsRig;
  const chat = new RecordingChatPort('test');

  beforeAll(async () => {
    redis = await startFaultRedis(['--appendonly', 'yes', '--appendfsync', 'always']);
    rig = createEventsRig({ redisUrl: redis.url, prefix: 'bbfault', chat });
  });

  afterAll(() =>
    cleanUp(
      rig && (() => within(rig.close(), 10_000, 'closing the events rig')),
      redis && (() => redis.dispose()),
    ),
  );

  it('fires every reminder and every digest exactly once after the restart', async () => {
    const t0 = Date.now();
    // Reminders come due 25–40 s from now, after the restart; every event starts on a minute boundary after them.
    const firstDue = t0 + 25_000;
    const window = 15_000;
    const startsAt = Math.ceil((t0 + 60_000) / 60_000) * 60_000;
    for (let c = 0; c < reminderChannels; c++) {
      const leads = Array.from({ length: leadsPerChannel }, (_, j) => {
        const due = firstDue + ((j * reminderChannels + c) * window) / (reminderChannels * leadsPerChannel);
        return `${Math.round((startsAt - due) / 1000)}s`;
      });
      const ref = { platform: 'test' as const, channel: `C${c}` };
      await rig.settings.update(ref, { timezone: 'UTC', reminderLeads: leads });
      await rig.events.onDelivered(briefWithEvent(c, startsAt), ref, { ...ref, id: `brief-${c}` });
    }
    // Every digest is due at the first minute boundary at least 30 s away.
    const digestAt = Math.ceil((t0 + 30_000) / 60_000) * 60_000;
    const hhmm = new Date(digestAt).toISOString().slice(11, 16);
    for (let d = 0; d < digestChannels; d++) {
      const ref = { platform: 'test' as const, channel: `D${d}` };
      await rig.settings.update(ref, { timezone: 'UTC', digestSkipEmpty: false, digestTime: hhmm });
      await rig.events.digests.set(ref, hhmm, 'UTC');
    }
    expect(await rig.queues.reminders.getDelayedCount()).toBe(reminderChannels * leadsPerChannel);
    expect(await rig.queues.digests.getJobSchedulersCount()).toBe(digestChannels);
    expect(Date.now()).toBeLessThan(firstDue - 5000);

    rig.startWorkers(2, 8);
    await redis.stop();
    await new Promise((r) => setTimeout(r, 2000));
    await redis.restart();

    await waitUntil(
      () => rig.sent.reminders.length >= reminderChannels * leadsPerChannel,
      'every reminder',
      90_000,
      250,
    );
    await waitUntil(
      () => Date.now() > digestAt && rig.sent.digests.length >= digestChannels,
      'every digest',
      120_000,
      250,
    );
    await new Promise((r) => setTimeout(r, 3000));

    const reminderIds = rig.sent.reminders.map((r) => r.jobId);
    expect(reminderIds).toHaveLength(reminderChannels * leadsPerChannel);
    expect(new Set(reminderIds).size).toBe(reminderChannels * leadsPerChannel);
    expect(chat.ofKind('reminder')).toHaveLength(reminderChannels * leadsPerChannel);
    expect(rig.sent.reminders.every((r) => r.at >= r.dueAt)).toBe(true);
    const digestChannelsSent = rig.sent.digests.map((d) => d.channel).sort();
    expect(digestChannelsSent).toEqual(Array.from({ length: digestChannels }, (_, d) => `D${d}`).sort());
    expect(chat.ofKind('digest')).toHaveLength(digestChannels);
    expect(rig.sent.digests.every((d) => d.at >= digestAt)).toBe(true);
    const lateness = rig.sent.reminders.map((r) => r.at - r.dueAt).sort((a, b) => a - b);
    console.log(
      `restart fault: 1000 reminders, lateness p50 ${lateness[500]} ms, max ${lateness.at(-1)} ms; digests ${rig.sent.digests.length}`,
    );
  });
});
