import { startBot } from '../../../src/app/roots/bot';
import { silentLogger } from '../../../src/logging/logger';
import { freePort, startThrowawayRedis, type ThrowawayRedis } from '../../support/redis-server';
import { uniquePrefix } from '../../support/redis';
import { testConfig } from '../../support/test-service';

describe('starting briefbot', () => {
  let evicting: ThrowawayRedis;

  beforeAll(async () => {
    evicting = await startThrowawayRedis(['--maxmemory-policy', 'allkeys-lru']);
  });

  afterAll(async () => {
    await evicting?.stop();
  });

  it('refuses a Redis that may evict keys, saying how to fix it', async () => {
    const config = testConfig({ redisUrl: evicting.url, prefix: uniquePrefix('evict') });
    await expect(
      startBot({ config, logger: silentLogger(), plugins: [], port: 0, host: '127.0.0.1' }),
    ).rejects.toMatchObject({
      code: 'REDIS_EVICTION_POLICY',
      message: expect.stringContaining('CONFIG SET maxmemory-policy noeviction'),
    });
  });

  it('stops with a clear message when no Redis answers', async () => {
    const config = testConfig({
      redisUrl: `redis://127.0.0.1:${await freePort()}`,
      prefix: uniquePrefix('down'),
    });
    await expect(
      startBot({ config, logger: silentLogger(), plugins: [], port: 0, host: '127.0.0.1' }),
    ).rejects.toMatchObject({
      code: 'REDIS_UNREACHABLE',
      message: expect.stringContaining('REDIS_URL'),
    });
  });
});
