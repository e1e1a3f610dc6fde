import { Worker, type Job } from 'bullmq';
import type { RedisClient as Redis } from '../../../src/core/redis-client';
import { createDigestProcessor } from '../../../jobs/digest';
import { createRemindProcessor } from '../../../jobs/remind';
import type { ChatPort } from '../../../src/chat/chat-port';
import { systemClock } from '../../../src/clock/clock';
import type { Brief } from '../../../src/engine/brief';
import { EventsModule } from '../../../src/events/events-module';
import { silentLogger } from '../../../src/logging/logger';
import { createQueues, type BriefbotQueues } from '../../../src/queue/create-queues';
import { queueNames } from '../../../src/queue/queue-names';
import { closeConnection, createWorkerConnection } from '../../../src/queue/redis-connections';
import { RedisChannelSettingsStore } from '../../../src/storage/redis/redis-channel-settings-store';

/** What the events processors really sent, by job id (reminders) and channel (digests), with the time. */
export interface SentLog {
  reminders: Array<{ jobId: string; at: number; dueAt: number }>;
  digests: Array<{ channel: string; at: number }>;
}

/**
 * The events feature on a Redis of the test's own: the real EventsModule, queues on worker
 * connections, and (on demand) the real `reminders` and `digests` processors, wrapped only to
 * note which job sent what.
 */
export interface EventsRig {
  redis: Redis;
  queues: BriefbotQueues;
  settings: RedisChannelSettingsStore;
  events: EventsModule;
  sent: SentLog;
  startWorkers(count: number, concurrency: number): void;
  close(): Promise<void>;
}

export function createEventsRig(options: { redisUrl: string; prefix: string; chat: ChatPort }): EventsRig {
  const redis = createWorkerConnection(options.redisUrl, 'fault-rig');
  redis.on('error', () => undefined);
  const queues = createQueues(redis, options.prefix);
  for (const q of queues.all()) q.on('error', () => undefined);
  const settings = new RedisChannelSettingsStore(redis, options.prefix, 'UTC');
  const events = new EventsModule({
    redis,
    prefix: options.prefix,
    reminderQueue: queues.reminders,
    digestQueue: queues.digests,
    settings,
    chat: (platform) => (platform === options.chat.platform ? options.chat : undefined),
    clock: systemClock,
    logger: silentLogger(),
    retentionDays: 30,
  });
  const sent: SentLog = { reminders: [], digests: [] };
  const workers: Worker[] = [];
  const remind = createRemindProcessor({ events });
  const digest = createDigestProcessor({ events });
  return {
    redis,
    queues,
    settings,
    events,
    sent,
    startWorkers(count, concurrency) {
      for (let i = 0; i < count; i++) {
        const common = { connection: redis, prefix: options.prefix, concurrency };
        const reminders = new Worker(
          queueNames.reminders,
          async (job: Job) => {
            const result = await remind(job);
            if (result.sent)
              sent.reminders.push({
                jobId: job.id ?? '?',
                at: Date.now(),
                dueAt: (job.data as { at: number }).at,
              });
            return result;
          },
          common,
        );
        const digests = new Worker(
          queueNames.digests,
          async (job: Job) => {
            const result = await digest(job);
            if (result.sent)
              sent.digests.push({ channel: (job.data as { channel: string }).channel, at: Date.now() });
            return result;
          },
          common,
        );
        for (const w of [reminders, digests]) w.on('error', () => undefined);
        workers.push(reminders, digests);
      }
    },
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await queues.close();
      await closeConnection(redis);
    },
  };
}

/** A delivered brief announcing one timed event (UTC) at `startsAt`; text written for these tests. */
export function briefWithEvent(n: number, startsAt: number): Brief {
  const iso = new Date(startsAt).toISOString();
  return {
    url: `https://valley-ledger.example/story/${n}`,
    title: `Ward ${n} residents to meet planners`,
    site: 'valley-ledger.example',
    published: '2025-03-03',
    who: [],
    what: `Residents of ward ${n} will meet the planning committee about the bus depot.`,
    next: [
      {
        date: iso.slice(0, 10),
        time: iso.slice(11, 16),
        timezone: 'UTC',
        what: `ward ${n} planning meeting`,
        where: 'Town Hall',
        quote: `Residents of ward ${n} will meet the planning committee at the Town Hall.`,
      },
    ],
    engine: 'local',
  };
}
