import { Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Brief } from '../../src/engine/brief';
import type { Clock } from '../../src/clock/clock';
import { EventsModule } from '../../src/events/events-module';
import type { ChatLookup } from '../../src/events/event-recorder';
import { silentLogger } from '../../src/logging/logger';
import { RedisChannelSettingsStore } from '../../src/storage/redis/redis-channel-settings-store';
import { RecordingChatPort } from '../fakes/recording-chat-port';
import { testRedisUrl, uniquePrefix } from './redis';

/** Everything an events integration test needs, on the real Redis under a fresh prefix. */
export interface EventsHarness {
  prefix: string;
  redis: Redis;
  connection: ConnectionOptions;
  reminderQueue: Queue;
  digestQueue: Queue;
  settings: RedisChannelSettingsStore;
  chat: RecordingChatPort;
  events: EventsModule;
  close(): Promise<void>;
}

export function redisConnectionOptions(): ConnectionOptions {
  const url = new URL(testRedisUrl());
  return { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
}

export async function createEventsHarness(options: {
  clock: Clock;
  logger?: Logger;
  label: string;
  /** The chat ports reminders and notices go through (default: the recording `test` port). */
  chat?: ChatLookup;
}): Promise<EventsHarness> {
  const prefix = uniquePrefix(options.label);
  const redis = new Redis(testRedisUrl());
  const connection = redisConnectionOptions();
  const reminderQueue = new Queue('reminders', { connection, prefix });
  const digestQueue = new Queue('digests', { connection, prefix });
  const settings = new RedisChannelSettingsStore(redis, prefix, 'UTC');
  const chat = new RecordingChatPort('test');
  const events = new EventsModule({
    redis,
    prefix,
    reminderQueue,
    digestQueue,
    settings,
    chat: options.chat ?? ((platform) => (platform === 'test' ? chat : undefined)),
    clock: options.clock,
    logger: options.logger ?? silentLogger(),
    retentionDays: 30,
  });
  const close = async () => {
    await reminderQueue.obliterate({ force: true });
    await digestQueue.obliterate({ force: true });
    await reminderQueue.close();
    await digestQueue.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  };
  return { prefix, redis, connection, reminderQueue, digestQueue, settings, chat, events, close };
}

/** A brief as the engine would produce it; fixture text written for these tests. */
export function brief(partial: Partial<Brief> & Pick<Brief, 'title' | 'next'>): Brief {
  return {
    url: `https://news.example/${partial.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    site: 'news.example',
    published: '2025-03-03',
    who: [],
    what: `${partial.title}.`,
    engine: 'local',
    ...partial,
  };
}

/** Planned reminders in the queue: job id → planned instant (ISO). */
export async function plannedReminders(queue: Queue): Promise<Record<string, string>> {
  const jobs = await queue.getDelayed();
  const out: Record<string, string> = {};
  for (const job of jobs) out[job.id ?? '?'] = new Date((job.data as { at: number }).at).toISOString();
  return out;
}
