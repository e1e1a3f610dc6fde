import { closeConnection, createWorkerConnection } from '../src/queue/redis-connections';
import { startThrowawayRedis } from '../tests/support/redis-server';
import { figure, type BenchFigure } from './bench-figure';
import { digestMorning } from './digest-morning';

/**
 * (6) The digest morning (issue 20): `channels` channels in 24 zones, digests due at 08:00 local, each
 * zone's hour compressed to `hourMs`, posted through a fake chat limiting one post per second per
 * channel and `globalPerSecond` in all. Against as many plain BullMQ delayed jobs on the same Redis.
 */
export async function digestMorningBench(
  channels = 10_000,
  hourMs = 1000,
  globalPerSecond = 200,
): Promise<BenchFigure[]> {
  const server = await startThrowawayRedis();
  const redis = createWorkerConnection(server.url, 'bench-morning');
  try {
    const r = await digestMorning({ redis, prefix: 'bench', channels, hourMs, globalPerSecond });
    const details = {
      channels,
      hourMs,
      globalPerSecond,
      p50Ms: r.p50Ms,
      maxMs: r.maxMs,
      postedOnce: r.postedOnce,
      postedTwice: r.postedTwice,
      answered429: r.answered429,
      plainP50Ms: r.plainP50Ms,
    };
    return [
      figure({
        id: 'morning.p99_ms',
        label: `digest morning p99 due→posted (${channels} channels)`,
        unit: 'ms',
        value: r.p99Ms,
        baselineLabel: `${channels} plain BullMQ delayed jobs due at the same instants, no-op processor (p99)`,
        baseline: r.plainP99Ms,
        details,
      }),
      figure({
        id: 'morning.bytes_per_channel',
        label: 'digest morning Redis bytes per channel',
        unit: 'B',
        value: r.bytesPerChannel,
        baselineLabel: 'one plain BullMQ delayed job',
        baseline: r.plainBytesPerJob,
        details: { channels },
      }),
    ];
  } finally {
    await closeConnection(redis);
    await server.stop();
  }
}
