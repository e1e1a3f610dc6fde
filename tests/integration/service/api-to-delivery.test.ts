import { RedisDeliveryStore } from '../../../src/storage/redis/redis-delivery-store';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { harbourArticleHtml } from '../../support/news-fixtures';
import {
  deletePrefix,
  postBrief,
  startTestService,
  testConfig,
  TEST_API_TOKEN,
  type TestService,
} from '../../support/test-service';
import { waitFor } from '../../support/wait-for';

describe('a link posted through the HTTP API', () => {
  const prefix = uniquePrefix('api');
  let site: FixtureServer;
  let service: TestService;

  beforeAll(async () => {
    site = await startFixtureServer({
      '/city/harbour-tunnel': {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: harbourArticleHtml(),
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

  it('ends as a stored brief, posted once to the destination, with the message recorded', async () => {
    const url = `${site.url}/city/harbour-tunnel?utm_source=newsletter#comments`;
    const posted = await postBrief(service.baseUrl, {
      url,
      destination: { platform: 'test', channel: 'C-news', requester: { user: 'U1' } },
    });
    expect(posted.status).toBe(202);
    expect(posted.json).toMatchObject({ status: 'queued', url: `${site.url}/city/harbour-tunnel` });
    const key = String(posted.json.key);

    await waitFor('the brief to be posted', () => service.chat.posts.length === 1);
    const [post] = service.chat.posts;
    expect(post?.channel).toBe('C-news');
    expect(post?.message.kind).toBe('brief');
    if (post?.message.kind === 'brief') {
      expect(post.message.brief.title).toContain('harbour tunnel');
      expect(post.message.brief.next.map((n) => n.date)).toContain('2025-04-15');
    }

    const res = await fetch(`${service.baseUrl}/api/briefs/${key}`, {
      headers: { authorization: `Bearer ${TEST_API_TOKEN}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; brief: { url: string } };
    expect(body.status).toBe('stored');
    expect(body.brief.url).toContain('/city/harbour-tunnel');

    const records = new RedisDeliveryStore(service.worker.redis, prefix);
    await waitFor('the delivery record', async () => (await records.find(key, 'test', 'C-news')) !== null);
    expect(await records.find(key, 'test', 'C-news')).toEqual(post?.ref);
  });

  it('posts a stored brief to a new channel without fetching the page again', async () => {
    const before = site.hits.get('/city/harbour-tunnel');
    const again = await postBrief(service.baseUrl, {
      url: `${site.url}/city/harbour-tunnel`,
      destination: { platform: 'test', channel: 'C-other' },
    });
    expect(again.json.status).toBe('cached');
    await waitFor('the second channel', () => service.chat.posts.some((p) => p.channel === 'C-other'));
    expect(site.hits.get('/city/harbour-tunnel')).toBe(before);
  });

  it('refuses requests without the bearer token and bad links', async () => {
    const res = await fetch(`${service.baseUrl}/api/briefs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"url":"https://example.com/a"}',
    });
    expect(res.status).toBe(401);
    const bad = await postBrief(service.baseUrl, { url: 'ftp://example.com/file' });
    expect(bad.status).toBe(400);
    expect(String(bad.json.error)).toMatch(/http/);
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${service.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${service.baseUrl}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${service.baseUrl}/metrics`)).text();
    expect(metrics).toContain('briefbot_queue_jobs{queue="briefs",state="completed"}');
  });
});
