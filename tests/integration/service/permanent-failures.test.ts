import { briefJobId } from '../../../src/queue/queue-names';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import {
  deletePrefix,
  postBrief,
  startTestService,
  testConfig,
  type TestService,
} from '../../support/test-service';
import { waitFor } from '../../support/wait-for';

describe('a link that can never be briefed', () => {
  const prefix = uniquePrefix('perm');
  let site: FixtureServer;
  let service: TestService;

  beforeAll(async () => {
    site = await startFixtureServer({});
    service = await startTestService(
      testConfig({ redisUrl: testRedisUrl(), prefix, newsHost: `127.0.0.1:${site.port}` }),
    );
  });

  afterAll(async () => {
    await service?.close();
    await site?.close();
    await deletePrefix(testRedisUrl(), prefix);
  });

  async function failedJob(key: string) {
    const id = briefJobId(key);
    await waitFor(
      'the job to fail',
      async () => (await service.worker.queues.briefs.getJobState(id)) === 'failed',
    );
    return service.worker.queues.briefs.getJob(id);
  }

  it('a 404 tells the requester once, with the status, and is not retried', async () => {
    const url = `${site.url}/gone/story`;
    const posted = await postBrief(service.baseUrl, {
      url,
      destination: { platform: 'test', channel: 'C1', requester: { user: 'U404' } },
    });
    const job = await failedJob(String(posted.json.key));
    expect(job?.attemptsMade).toBe(1);
    expect(site.hits.get('/gone/story')).toBe(1);
    await waitFor('the notice', () => service.chat.notifications.length >= 1);
    const told = service.chat.notifications.filter((n) => n.requester.user === 'U404');
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toMatch(new RegExp(`^Couldn't brief ${url}: the site answered 404`));
    expect(service.chat.posts).toHaveLength(0);

    const late = await postBrief(service.baseUrl, {
      url,
      destination: { platform: 'test', channel: 'C2', requester: { user: 'Ulate' } },
    });
    expect(late.json).toMatchObject({ status: 'failed' });
    expect(String(late.json.message)).toContain('404');
    expect(site.hits.get('/gone/story')).toBe(1);
  });

  it('a private address is refused without a connection, and the requester is told once', async () => {
    const posted = await postBrief(service.baseUrl, {
      url: 'http://10.1.2.3/internal/report',
      destination: { platform: 'test', channel: 'C3', requester: { user: 'Uprivate' } },
    });
    const job = await failedJob(String(posted.json.key));
    expect(job?.attemptsMade).toBe(1);
    await waitFor('the notice', () =>
      service.chat.notifications.some((n) => n.requester.user === 'Uprivate'),
    );
    const told = service.chat.notifications.filter((n) => n.requester.user === 'Uprivate');
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toMatch(
      /^Couldn't brief http:\/\/10\.1\.2\.3\/internal\/report: .*not on the public internet/,
    );

    const res = await fetch(`${service.baseUrl}/api/briefs/${String(posted.json.key)}`, {
      headers: { authorization: 'Bearer test-token-0123456789abcdef' },
    });
    expect(await res.json()).toMatchObject({ status: 'failed', code: 'BLOCKED_ADDRESS' });
  });
});
