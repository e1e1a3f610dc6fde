import { Redis } from 'ioredis';

/**
 * The input side (chat receivers, HTTP API) uses a connection that fails fast while Redis is down:
 * no offline queue, one retry per command, a short connect timeout. A command is then answered
 * "briefbot can't reach its queue right now" within a second instead of hanging past Slack's 3 s.
 * Commands cut off by a disconnect are not replayed after the reconnection: their caller has
 * already been answered "try again", and a replayed write would act on a refused request.
 */
export function createInputConnection(url: string, name = 'briefbot-input'): Redis {
  return new Redis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 1000,
    commandTimeout: 1500,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
}

/**
 * Workers block on Redis and must ride out outages: BullMQ requires `maxRetriesPerRequest: null`
 * so commands wait for the reconnection instead of failing.
 */
export function createWorkerConnection(url: string, name = 'briefbot-worker'): Redis {
  return new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
}

/** Quits a connection politely, or drops it when Redis is unreachable. */
export async function closeConnection(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  try {
    if (redis.status === 'ready') await redis.quit();
    else redis.disconnect();
  } catch {
    redis.disconnect();
  }
}
