import { Queue, Worker } from 'bullmq';
import { RecordingChatPort } from '../tests/fakes/recording-chat-port';
import { briefWithEvent, createEventsRig } from '../tests/faults/support/events-rig';
import { waitUntil } from '../tests/faults/support/worker-process';
import { startThrowawayRedis } from '../tests/support/redis-server';
import { figure, type BenchFigure } from './bench-figure';
import { percentile } from './percentile';

/**
 * (3) Reminder lateness: `count` reminders due within `windowMs` through the real events module and
 * `reminders` processor (one worker, concurrency 4), against plain BullMQ delayed jobs due at the
 * same instants on the same Redis in the same window (the floor the queue itself sets).
 */
export async function reminderLatenessBench(count = 200, windowMs = 20_000): Promise<BenchFigure[]> {
  const redis = await startThrowawayRedis();
  const rig = createEventsRig({ redisUrl: redis.url, prefix: 'bench', chat: new RecordingChatPort('test') });
  const plain = new Queue('plain-delayed', { connection: rig.redis, prefix: 'bench' });
  const plainLate: number[] = [];
  try {
    const t0 = Date.now();
    const firstDue = t0 + 8000;
    const startsAt = Math.ceil((firstDue + windowMs + 5000) / 60_000) * 60_000;
    const dues: number[] = [];
    for (let c = 0; c < count; c++) {
      const due = firstDue + Math.round((c * windowMs) / count);
      const lead = Math.round((startsAt - due) / 1000);
      dues.push(startsAt - lead * 1000);
      const ref = { platform: 'test' as const, channel: `C${c}` };
      await rig.settings.update(ref, { timezone: 'UTC', reminderLeads: [`${lead}s`] });
      await rig.events.onDelivered(briefWithEvent(c, startsAt), ref, { ...ref, id: `brief-${c}` });
    }
    for (const [i, due] of dues.entries())
      await plain.add(
        'plain',
        { due },
        { jobId: `plain-${i}`, delay: due - Date.now(), removeOnComplete: true },
      );
    const plainWorker = new Worker(
      'plain-delayed',
      async (job) => {
        plainLate.push(Date.now() - (job.data as { due: number }).due);
      },
      { connection: rig.redis, prefix: 'bench', concurrency: 4 },
    );
    rig.startWorkers(1, 4);
    await waitUntil(
      () => rig.sent.reminders.length >= count && plainLate.length >= count,
      'every reminder',
      windowMs + 90_000,
      200,
    );
    await plainWorker.close();
    const late = rig.sent.reminders.map((r) => r.at - r.dueAt);
    const details = { reminders: count, windowSeconds: windowMs / 1000 };
    return [
      figure({
        id: 'reminders.p50_ms',
        label: `reminder lateness p50 (${count} due within ${windowMs / 1000} s)`,
        unit: 'ms',
        value: percentile(late, 50),
        baselineLabel: 'plain BullMQ delayed job p50',
        baseline: percentile(plainLate, 50),
        details,
      }),
      figure({
        id: 'reminders.p99_ms',
        label: 'reminder lateness p99',
        unit: 'ms',
        value: percentile(late, 99),
        baselineLabel: 'plain BullMQ delayed job p99',
        baseline: percentile(plainLate, 99),
        details,
      }),
    ];
  } finally {
    await plain.close();
    await rig.close();
    await redis.stop();
  }
}
