import { briefJobId } from '../../../src/queue/queue-names';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { runOnPage } from '../../support/run-on-page';
import {
  deletePrefix,
  postBrief,
  startTestService,
  testConfig,
  type TestService,
} from '../../support/test-service';
import { waitFor } from '../../support/wait-for';

describe('a page the engine finds too hard (one run-on sentence full of dates)', () => {
  const prefix = uniquePrefix('unusual');
  let site: FixtureServer;
  let service: TestService;

  beforeAll(async () => {
    site = await startFixtureServer({
      '/run-on': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: runOnPage(300_000) },
    });
    service = await startTestService(
      testConfig({
        redisUrl: testRedisUrl(),
        prefix,
        newsHost: `127.0.0.1:${site.port}`,
        // The engine is linear now (a 50,000-character sentence in well under a second): a 300,000-character page
        // against a 200 ms budget still takes it past the budget, which is what this test is about.
        extra: { ENGINE_TIMEOUT_MS: '200' },
      }),
    );
  });

  afterAll(async () => {
    await service?.close();
    await site?.close();
    await deletePrefix(testRedisUrl(), prefix);
  });

  it('fails once, for good, as "too unusual", while /healthz keeps answering within a second', async () => {
    const url = `${site.url}/run-on`;
    const posted = await postBrief(service.baseUrl, {
      url,
      destination: { platform: 'test', channel: 'C1', requester: { user: 'Urunon' } },
    });
    const id = briefJobId(String(posted.json.key));
    let slowest = 0;
    await waitFor(
      'the job to fail',
      async () => {
        const started = performance.now();
        const health = await fetch(`${service.baseUrl}/healthz`);
        slowest = Math.max(slowest, performance.now() - started);
        expect(health.status).toBe(200);
        return (await service.worker.queues.briefs.getJobState(id)) === 'failed';
      },
      30_000,
    );
    expect(slowest).toBeLessThan(1000);
    const job = await service.worker.queues.briefs.getJob(id);
    expect(job?.attemptsMade).toBe(1);
    expect(site.hits.get('/run-on')).toBe(1);
    await waitFor('the notice', () => service.chat.notifications.length >= 1);
    expect(service.chat.notifications.map((n) => n.text)).toEqual([
      `Couldn't brief ${url}: this page is too unusual to brief`,
    ]);
    expect(service.chat.posts).toHaveLength(0);
  });
});
