import { ConfigError, loadConfig } from '../../../src/config/config';
import { describeRedisTarget, redisTarget } from '../../../src/queue/redis-target';

describe('Redis Cluster settings', () => {
  it('uses REDIS_URL and the prefix as written when no cluster is configured', () => {
    const config = loadConfig({ REDIS_URL: 'redis://10.1.2.3:6380', BRIEFBOT_PREFIX: 'newsbot' });
    expect(config.BRIEFBOT_PREFIX).toBe('newsbot');
    expect(redisTarget(config)).toEqual({ kind: 'single', url: 'redis://10.1.2.3:6380' });
  });

  it('turns REDIS_CLUSTER_NODES into seed nodes, ignores REDIS_URL and wraps the prefix in a hash tag', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://10.1.2.3:6380',
      REDIS_CLUSTER_NODES: ' 10.0.0.1:7000, rediss://cache.example.org:7001 ,[fd00::5]:7002',
      REDIS_CLUSTER_PASSWORD: 's3cret',
      BRIEFBOT_PREFIX: 'newsbot',
    });
    expect(config.BRIEFBOT_PREFIX).toBe('{newsbot}');
    const target = redisTarget(config);
    expect(target).toEqual({
      kind: 'cluster',
      password: 's3cret',
      nodes: [
        { host: '10.0.0.1', port: 7000, tls: false },
        { host: 'cache.example.org', port: 7001, tls: true },
        { host: 'fd00::5', port: 7002, tls: false },
      ],
    });
    expect(describeRedisTarget(target)).not.toContain('s3cret');
  });

  it('keeps a prefix that already carries a hash tag, on a cluster or not', () => {
    expect(loadConfig({ BRIEFBOT_PREFIX: '{team-a}' }).BRIEFBOT_PREFIX).toBe('{team-a}');
    expect(
      loadConfig({ BRIEFBOT_PREFIX: '{team-a}', REDIS_CLUSTER_NODES: '10.0.0.1:7000' }).BRIEFBOT_PREFIX,
    ).toBe('{team-a}');
  });

  it('names the variable and the expected form when a node is not host:port', () => {
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1' })).toThrow(ConfigError);
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1,http://x:1' })).toThrow(
      /REDIS_CLUSTER_NODES=.*comma-separated host:port seed nodes/,
    );
    expect(() => loadConfig({ BRIEFBOT_PREFIX: 'bad{tag' })).toThrow(/BRIEFBOT_PREFIX=.*hash tag/);
  });
});

describe('DISCORD_SHARDS', () => {
  const discord = {
    DISCORD_TOKEN: 'fake-bot-token-0123456789abcdef',
    DISCORD_APPLICATION_ID: '111111111111111111',
  };
  it('takes auto or a shard count, and is unset by default (one shard)', () => {
    expect(loadConfig(discord).DISCORD_SHARDS).toBeUndefined();
    expect(loadConfig({ ...discord, DISCORD_SHARDS: 'auto' }).DISCORD_SHARDS).toBe('auto');
    expect(loadConfig({ ...discord, DISCORD_SHARDS: '4' }).DISCORD_SHARDS).toBe(4);
  });
  it('names the variable when the value is neither', () => {
    expect(() => loadConfig({ ...discord, DISCORD_SHARDS: 'many' })).toThrow(
      /DISCORD_SHARDS="many": must be auto or a shard count/,
    );
    expect(() => loadConfig({ ...discord, DISCORD_SHARDS: '0' })).toThrow(/DISCORD_SHARDS/);
  });
});
