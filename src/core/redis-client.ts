import type { Cluster, Redis } from 'ioredis';

/**
 * A connection to briefbot's Redis: one server (`REDIS_URL`) or a Redis Cluster (`REDIS_CLUSTER_NODES`).
 * Both speak the same commands; on a cluster every key briefbot writes carries the `{hash tag}` of
 * BRIEFBOT_PREFIX, so scripts and MULTI blocks that touch several keys stay in one slot.
 */
export type RedisClient = Redis | Cluster;
