import { digestMorning } from '../../../bench/digest-morning';
import { closeConnection, createWorkerConnection } from '../../../src/queue/redis-connections';
import { deletePrefix } from '../../support/test-service';
import { testRedisUrl, uniquePrefix } from '../../support/redis';

jest.setTimeout(120_000);

describe('the digest morning, small: 200 channels in 24 zones, 08:00 local each', () => {
  const prefix = uniquePrefix('morning');
  const redis = createWorkerConnection(testRedisUrl(), 'morning-test');

  afterAll(async () => {
    await closeConnection(redis);
    await deletePrefix(testRedisUrl(), prefix);
  });

  it('posts every channel’s digest exactly once through the rate limits, and measures it', async () => {
    const result = await digestMorning({ redis, prefix, channels: 200, hourMs: 100, globalPerSecond: 50 });
    expect(result.postedOnce).toBe(200);
    expect(result.postedTwice).toBe(0);
    // 200 digests at 50 per second cannot all go out in the same second: the fake answered 429s.
    expect(result.answered429).toBeGreaterThan(0);
    expect(result.p50Ms).toBeGreaterThanOrEqual(0);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
    expect(result.bytesPerChannel).toBeGreaterThan(0);
    expect(result.plainBytesPerJob).toBeGreaterThan(0);
  });
});
