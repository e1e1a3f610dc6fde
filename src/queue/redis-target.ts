import type { Config } from '../config/config';

/** One cluster seed node, as written in REDIS_CLUSTER_NODES. */
export interface ClusterNode {
  host: string;
  port: number;
  tls: boolean;
}

/** Where briefbot's Redis is: one server by URL, or a Redis Cluster reached through seed nodes. */
export type RedisTarget =
  { kind: 'single'; url: string } | { kind: 'cluster'; nodes: ClusterNode[]; password?: string };

/** The Redis a configuration points at: REDIS_CLUSTER_NODES wins over REDIS_URL when set. */
export function redisTarget(
  config: Pick<Config, 'REDIS_URL' | 'REDIS_CLUSTER_NODES' | 'REDIS_CLUSTER_PASSWORD'>,
): RedisTarget {
  if (config.REDIS_CLUSTER_NODES.length === 0) return { kind: 'single', url: config.REDIS_URL };
  return {
    kind: 'cluster',
    nodes: config.REDIS_CLUSTER_NODES,
    ...(config.REDIS_CLUSTER_PASSWORD !== undefined ? { password: config.REDIS_CLUSTER_PASSWORD } : {}),
  };
}

/** The target as a log line or error message shows it: never a password. */
export function describeRedisTarget(target: RedisTarget): string {
  if (target.kind === 'single') return target.url.replace(/\/\/[^@]*@/, '//***@');
  return `the Redis Cluster at ${target.nodes.map((n) => `${n.tls ? 'rediss://' : ''}${n.host}:${n.port}`).join(', ')}`;
}
