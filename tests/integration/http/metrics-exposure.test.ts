import { startBot, type RunningBot } from '../../../src/app/roots/bot';
import { loadConfig } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { testRedisUrl, uniquePrefix } from '../../support/redis';

const token = 'metrics-token-0123456789abcdef';

async function bot(env: Record<string, string>): Promise<RunningBot> {
  const config = loadConfig({
    REDIS_URL: testRedisUrl(),
    BRIEFBOT_PREFIX: uniquePrefix('metrics'),
    LOG_LEVEL: 'silent',
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    ...env,
  });
  return startBot({ config, logger: silentLogger(), plugins: [] });
}

describe('/metrics exposure', () => {
  const running: RunningBot[] = [];
  afterAll(async () => {
    for (const b of running) await b.close();
  });

  it('with METRICS_TOKEN, answers 401 without the bearer token and the metrics with it', async () => {
    const b = await bot({ METRICS_TOKEN: token });
    running.push(b);
    const url = `http://127.0.0.1:${b.port}/metrics`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(
      401,
    );
    const ok = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('briefbot_queue_jobs');
    expect((await fetch(`http://127.0.0.1:${b.port}/healthz`)).status).toBe(200);
  });

  it('with METRICS_PORT, serves /metrics only on its own localhost port', async () => {
    const b = await bot({ METRICS_PORT: '0' });
    running.push(b);
    expect(b.metrics).toBeDefined();
    expect(b.metrics?.address).toBe('127.0.0.1');
    expect((await fetch(`http://127.0.0.1:${b.port}/metrics`)).status).toBe(404);
    const own = await fetch(`http://127.0.0.1:${b.metrics?.port}/metrics`);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('briefbot_queue_jobs');
  });

  it('binds the HTTP server to HTTP_HOST', async () => {
    const b = await bot({});
    running.push(b);
    expect(b.address).toBe('127.0.0.1');
  });
});
