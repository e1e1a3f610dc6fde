import { Queue, Worker, type Job } from 'bullmq';
import type { Redis as IoRedis } from 'ioredis';
import { createDigestProcessor } from '../jobs/digest';
import { fixedClock } from '../src/clock/clock';
import type { RedisClient as Redis } from '../src/core/redis-client';
import { DigestScheduler } from '../src/events/digest-schedule';
import { EventsModule } from '../src/events/events-module';
import { silentLogger } from '../src/logging/logger';
import { createQueues } from '../src/queue/create-queues';
import { queueNames } from '../src/queue/queue-names';
import { RedisChannelSettingsStore } from '../src/storage/redis/redis-channel-settings-store';
import { RateLimitedChat } from './digest-morning-chat';
import { percentile } from './percentile';

/** 24 zones an hour apart (Etc/GMT-N is UTC+N): 08:00 local falls due once per hour of the morning. */
export const morningZones = Array.from({ length: 24 }, (_, i) =>
  i === 12 ? 'UTC' : `Etc/GMT${i < 12 ? '-' : '+'}${Math.abs(12 - i)}`,
);

export interface MorningResult {
  channels: number;
  /** Due → posted, ms of real time (the hours between zones compressed to `hourMs`). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  postedOnce: number;
  postedTwice: number;
  answered429: number;
  /** Redis bytes per channel: settings hash + digest job scheduler and its next delayed job. */
  bytesPerChannel: number;
  /** The same number of plain BullMQ delayed jobs (one no-op job each). */
  plainP50Ms: number;
  plainP99Ms: number;
  plainBytesPerJob: number;
}

/** Time to add `n` delayed jobs one by one on a busy machine, with room to spare. */
const lead = (n: number) => 3000 + n * 3;

/** Sum of MEMORY USAGE of every key under `prefix:` (SCAN, so it works while the run goes on). */
async function prefixBytes(redis: Redis, prefix: string): Promise<number> {
  let total = 0;
  let cursor = '0';
  do {
    const [next, keys] = await (redis as IoRedis).scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    const pipeline = redis.pipeline();
    for (const k of keys) pipeline.memory('USAGE', k);
    for (const [, bytes] of (await pipeline.exec()) ?? []) total += Number(bytes ?? 0);
  } while (cursor !== '0');
  return total;
}

/**
 * The digest morning: `channels` channels spread over 24 zones, each with a digest at 08:00 local.
 * Memory is measured with the real job schedulers in place; the morning itself is then played with
 * each zone's 08:00 `hourMs` apart, every due digest a delayed job on the real `digests` queue,
 * processed by the real digest processor (its clock injected) posting to a rate-limited fake chat.
 * Beside it: as many plain BullMQ delayed jobs due at the same instants, processed by a no-op.
 */
export async function digestMorning(options: {
  redis: Redis;
  prefix: string;
  channels: number;
  hourMs?: number;
  globalPerSecond?: number;
  concurrency?: number;
}): Promise<MorningResult> {
  const { redis, channels } = options;
  const hourMs = options.hourMs ?? 1000;
  const prefix = options.prefix;
  const queues = createQueues(redis, prefix);
  const settings = new RedisChannelSettingsStore(redis, prefix, 'UTC');
  const chat = new RateLimitedChat(options.globalPerSecond ?? 200);
  const clock = fixedClock('2026-12-02T08:00:00Z');
  const events = new EventsModule({
    redis,
    prefix,
    reminderQueue: queues.reminders,
    digestQueue: queues.digests,
    settings,
    chat: () => chat,
    clock,
    logger: silentLogger(),
    retentionDays: 30,
  });
  const refs = Array.from({ length: channels }, (_, i) => ({
    platform: 'slack' as const,
    channel: `C${i}`,
    team: `T${i % 7}`,
  }));
  const scheduler = new DigestScheduler({ queue: queues.digests });
  const before = await prefixBytes(redis, prefix);
  for (const [i, ref] of refs.entries()) {
    const timezone = morningZones[i % 24]!;
    await settings.update(ref, { timezone, digestTime: '08:00', digestSkipEmpty: false });
    await scheduler.set(ref, '08:00', timezone);
  }
  const bytesPerChannel = ((await prefixBytes(redis, prefix)) - before) / channels;
  for (const ref of refs) await scheduler.remove(ref);

  // The morning: zone k's 08:00 falls due k × hourMs after t0.
  // Far enough ahead that every job is added before the first zone falls due (adding is not timed).
  const t0 = Date.now() + lead(channels);
  const dueAt = new Map<string, number>();
  for (const [i, ref] of refs.entries()) {
    const due = t0 + (i % 24) * hourMs;
    dueAt.set(`${ref.team}:${ref.channel}`, due);
    await queues.digests.add('digest', ref, {
      jobId: `m-${i}`,
      delay: due - Date.now(),
      removeOnComplete: true,
    });
  }
  const process = createDigestProcessor({ events });
  const worker = new Worker(queueNames.digests, (job: Job) => process(job), {
    connection: redis,
    prefix,
    concurrency: options.concurrency ?? 50,
  });
  const deadline = t0 + 24 * hourMs + 120_000;
  if (Date.now() > t0) throw new Error('adding the jobs overran the first due time: raise lead()');
  while (chat.posts.size < channels && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 300));
  await worker.close();
  const late: number[] = [];
  let once = 0;
  let twice = 0;
  for (const [id, times] of chat.posts) {
    if (times.length === 1) once++;
    else twice++;
    late.push(times[0]! - (dueAt.get(id) ?? 0));
  }

  // Plain BullMQ: the same count of delayed jobs due at the same instants, a no-op processor.
  const plain = new Queue('plain-morning', { connection: redis, prefix });
  const beforePlain = await prefixBytes(redis, `${prefix}:plain-morning`);
  const p0 = Date.now() + lead(channels);
  for (let i = 0; i < channels; i++)
    await plain.add(
      'plain',
      { due: p0 + (i % 24) * hourMs },
      { jobId: `p-${i}`, delay: p0 + (i % 24) * hourMs - Date.now(), removeOnComplete: true },
    );
  const plainBytesPerJob = ((await prefixBytes(redis, `${prefix}:plain-morning`)) - beforePlain) / channels;
  const plainLate: number[] = [];
  const plainWorker = new Worker(
    'plain-morning',
    async (job: Job<{ due: number }>) => void plainLate.push(Date.now() - job.data.due),
    {
      connection: redis,
      prefix,
      concurrency: options.concurrency ?? 50,
    },
  );
  const plainDeadline = p0 + 24 * hourMs + 60_000;
  while (plainLate.length < channels && Date.now() < plainDeadline)
    await new Promise((r) => setTimeout(r, 50));
  await plainWorker.close();
  await plain.close();
  await queues.close();
  return {
    channels,
    p50Ms: percentile(late, 50),
    p99Ms: percentile(late, 99),
    maxMs: Math.max(...late),
    postedOnce: once,
    postedTwice: twice,
    answered429: chat.answered429,
    bytesPerChannel: Math.round(bytesPerChannel),
    plainP50Ms: percentile(plainLate, 50),
    plainP99Ms: percentile(plainLate, 99),
    plainBytesPerJob: Math.round(plainBytesPerJob),
  };
}
