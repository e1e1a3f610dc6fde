import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { startThrowawayRedis, type ThrowawayRedis } from '../../support/redis-server';
import { uniquePrefix } from '../../support/redis';
import { harbourArticleHtml } from '../../support/news-fixtures';
import { postBrief, startTestService, testConfig, type TestService } from '../../support/test-service';
import { waitFor } from '../../support/wait-for';

describe('when Redis goes away', () => {
  let redis: ThrowawayRedis;
  let site: FixtureServer;
  let service: TestService;

  beforeAll(async () => {
    redis = await startThrowawayRedis();
    site = await startFixtureServer({
      '/city/tunnel': { headers: { 'content-type': 'text/html' }, body: harbourArticleHtml() },
    });
    service = await startTestService(
      testConfig({ redisUrl: redis.url, prefix: uniquePrefix('outage'), newsHost: `127.0.0.1:${site.port}` }),
    );
  });

  afterAll(async () => {
    await service?.close();
    await site?.close();
    await redis?.stop();
  });

  it('answers 503 at once (well within a second), then works again without a restart once Redis is back', async () => {
    await redis.stop();
    // The client gives up after one second: hanging would fail the request instead of returning 503.
    const ready = await fetch(`${service.baseUrl}/readyz`, { signal: AbortSignal.timeout(1000) });
    expect(ready.status).toBe(503);
    const posted = await postBrief(
      service.baseUrl,
      { url: `${site.url}/city/tunnel` },
      AbortSignal.timeout(1000),
    );
    expect(posted.status).toBe(503);
    expect(posted.json.error).toMatch(/^briefbot can't reach its queue right now/);

    await redis.restart();
    await waitFor('readiness', async () => (await fetch(`${service.baseUrl}/readyz`)).status === 200);
    const again = await postBrief(service.baseUrl, {
      url: `${site.url}/city/tunnel`,
      destination: { platform: 'test', channel: 'C-back' },
    });
    expect(again.status).toBe(202);
    await waitFor('the worker to deliver after the outage', () => service.chat.posts.length === 1, 20000);
    expect(service.chat.posts[0]?.channel).toBe('C-back');
  });
});
