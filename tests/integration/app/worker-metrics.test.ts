import { startWorkerProcess } from '../../../src/app/roots/worker-process';
import { systemClock } from '../../../src/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { deletePrefix } from '../../support/test-service';

describe('a worker run apart from the bot', () => {
  const prefix = uniquePrefix('wmetrics');
  afterAll(async () => deletePrefix(testRedisUrl(), prefix));

  it('serves /healthz and its own /metrics when WORKER_METRICS_PORT is set', async () => {
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      BRIEFBOT_PREFIX: prefix,
      WORKER_METRICS_PORT: '0',
    });
    const worker = await startWorkerProcess({
      config,
      logger: silentLogger(),
      clock: systemClock,
      plugins: [],
    });
    try {
      expect(worker.metricsPort).toBeGreaterThan(0);
      const base = `http://127.0.0.1:${worker.metricsPort}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain('briefbot_briefs_total');
      expect(metrics).toContain('briefbot_job_duration_seconds');
    } finally {
      await worker.close();
    }
  });

  it('runs no HTTP server when WORKER_METRICS_PORT is unset', async () => {
    const config = loadConfig({ REDIS_URL: testRedisUrl(), BRIEFBOT_PREFIX: prefix });
    const worker = await startWorkerProcess({
      config,
      logger: silentLogger(),
      clock: systemClock,
      plugins: [],
    });
    expect(worker.metricsPort).toBeUndefined();
    await worker.close();
  });
});
