import { Cluster, Redis } from 'ioredis';
import type { RedisClient } from '../core/redis-client';
import type { RedisTarget } from './redis-target';

/** A REDIS_URL string (one server) or a resolved target (one server or a cluster). */
export type RedisAddress = string | RedisTarget;

/** The connection settings briefbot tunes; the same for one server and for each cluster node. */
interface ConnectionTuning {
  connectionName: string;
  maxRetriesPerRequest: number | null;
  enableOfflineQueue?: boolean;
  autoResendUnfulfilledCommands?: boolean;
  connectTimeout?: number;
  commandTimeout?: number;
  enableAutoPipelining?: boolean;
}

const retryStrategy = (times: number): number => Math.min(times * 200, 2000);

function open(address: RedisAddress, tuning: ConnectionTuning): RedisClient {
  const target: RedisTarget = typeof address === 'string' ? { kind: 'single', url: address } : address;
  if (target.kind === 'single') return new Redis(target.url, { ...tuning, retryStrategy });
  // BullMQ and briefbot's own scripts keep every key of an install in one slot (the prefix's hash tag),
  // so a cluster needs nothing but per-node options. Never `keyPrefix`: BullMQ does not support it.
  const { enableOfflineQueue, enableAutoPipelining, ...nodeTuning } = tuning;
  return new Cluster(
    target.nodes.map((n) => ({ host: n.host, port: n.port })),
    {
      redisOptions: {
        ...nodeTuning,
        ...(target.password !== undefined ? { password: target.password } : {}),
        ...(target.nodes.some((n) => n.tls) ? { tls: {} } : {}),
      },
      clusterRetryStrategy: retryStrategy,
      enableOfflineQueue: enableOfflineQueue ?? true,
      enableAutoPipelining: enableAutoPipelining ?? false,
      // A cluster answers MOVED/ASK while slots migrate; a few redirections are normal.
      maxRedirections: 16,
    },
  );
}

/**
 * The input side (chat receivers, HTTP API) uses a connection that fails fast while Redis is down:
 * no offline queue, one retry per command, a short connect timeout. A command is then answered
 * "briefbot can't reach its queue right now" within a second instead of hanging past Slack's 3 s.
 * Commands cut off by a disconnect are not replayed after the reconnection: their caller has
 * already been answered "try again", and a replayed write would act on a refused request.
 * Commands issued in the same tick go out in one write (auto-pipelining): many slash commands at once
 * cost Redis and the bot a few writes instead of one per command (issue 21).
 */
export function createInputConnection(address: RedisAddress, name = 'briefbot-input'): RedisClient {
  return open(address, {
    connectionName: name,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 1000,
    commandTimeout: 1500,
    enableAutoPipelining: true,
  });
}

/**
 * Workers block on Redis and must ride out outages: BullMQ requires `maxRetriesPerRequest: null`
 * so commands wait for the reconnection instead of failing.
 */
export function createWorkerConnection(address: RedisAddress, name = 'briefbot-worker'): RedisClient {
  return open(address, {
    connectionName: name,
    maxRetriesPerRequest: null,
  });
}

/** Quits a connection politely, or drops it when Redis is unreachable. */
export async function closeConnection(redis: RedisClient): Promise<void> {
  if (redis.status === 'end') return;
  try {
    if (redis.status === 'ready') await redis.quit();
    else redis.disconnect();
  } catch {
    redis.disconnect();
  }
}
