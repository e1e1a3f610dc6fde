import type { Destination } from '../../../src/core/destination';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { harbourArticleHtml } from '../../support/news-fixtures';
import { deletePrefix, startTestService, testConfig, type TestService } from '../../support/test-service';
import { waitFor } from '../../support/wait-for';

describe('the same link asked for many times at once', () => {
  const prefix = uniquePrefix('dedupe');
  let site: FixtureServer;
  let service: TestService;

  beforeAll(async () => {
    site = await startFixtureServer({
      // A slow site, so the asks all arrive while the one fetch is in flight.
      '/world/tunnel-vote': (_req, res) => {
        setTimeout(
          () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(harbourArticleHtml()),
          300,
        );
      },
    });
    service = await startTestService(
      testConfig({ redisUrl: testRedisUrl(), prefix, newsHost: `127.0.0.1:${site.port}` }),
    );
  });

  afterAll(async () => {
    await service?.close();
    await site?.close();
    await deletePrefix(testRedisUrl(), prefix);
  });

  it('is fetched once, briefed once and posted exactly once to each of 3 channels', async () => {
    const channels = ['C-a', 'C-b', 'C-c'];
    const variants = ['', '?utm_source=x', '#top', '?fbclid=abc&utm_medium=social'];
    const asks = Array.from({ length: 100 }, (_, i) => {
      const destination: Destination = {
        platform: 'test',
        channel: channels[i % 3]!,
        requester: { user: `U${i}` },
      };
      return service.bot.input.intake.submit(
        `${site.url}/world/tunnel-vote${variants[i % variants.length]}`,
        destination,
      );
    });
    const results = await Promise.all(asks);
    expect(new Set(results.map((r) => r.key)).size).toBe(1);

    await waitFor('three deliveries', () => service.chat.posts.length >= 3);
    await waitFor('the queues to drain', async () => {
      const counts = await service.worker.queues.deliveries.getJobCounts('waiting', 'active', 'delayed');
      const briefs = await service.worker.queues.briefs.getJobCounts('waiting', 'active', 'delayed');
      return Object.values(counts).every((n) => n === 0) && Object.values(briefs).every((n) => n === 0);
    });

    expect(site.hits.get('/world/tunnel-vote')).toBe(1);
    expect(service.chat.posts.map((p) => p.channel).sort()).toEqual(channels);
    expect(await service.worker.queues.briefs.getJobCounts('completed')).toEqual({ completed: 1 });
  });
});
