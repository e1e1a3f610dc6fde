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

const story = `<html><head><title>Council vote</title></head><body><article><p>${'The council will vote on the plan. '.repeat(30)}</p></article></body></html>`;

describe('a page that parses to no document', () => {
  const prefix = uniquePrefix('nodoc');
  let site: FixtureServer;
  let service: TestService;

  beforeAll(async () => {
    site = await startFixtureServer({
      // UTF-8 bytes under a UTF-16 label and no byte-order mark: decoded as UTF-16 they are CJK noise.
      '/utf16-label': {
        headers: { 'content-type': 'text/html; charset=utf-16' },
        body: Buffer.from(story, 'utf8'),
      },
      '/wire.txt': {
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: `Council sets vote on harbour plan\n\n${'The harbour council will vote on the plan on March 3, officials said on Monday. '.repeat(12)}\n\nResidents <b>welcomed</b> the date.`,
      },
      '/empty': { headers: { 'content-type': 'text/html' }, body: '' },
      '/comments-only': { headers: { 'content-type': 'text/html' }, body: '<!doctype html><!-- nothing -->' },
      '/no-tags': { headers: { 'content-type': 'text/html' }, body: 'just some words, no markup at all' },
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

  it.each(['/utf16-label', '/empty', '/no-tags', '/comments-only'])(
    '%s fails once, for good, telling the requester it is not an article',
    async (path) => {
      const url = `${site.url}${path}`;
      const user = `U${path.replace(/\W/g, '')}`;
      const posted = await postBrief(service.baseUrl, {
        url,
        destination: { platform: 'test', channel: 'C1', requester: { user } },
      });
      const id = briefJobId(String(posted.json.key));
      await waitFor(
        'the job to fail',
        async () => (await service.worker.queues.briefs.getJobState(id)) === 'failed',
      );
      expect((await service.worker.queues.briefs.getJob(id))?.attemptsMade).toBe(1);
      expect(site.hits.get(path)).toBe(1);
      await waitFor('the notice', () => service.chat.notifications.some((n) => n.requester.user === user));
      expect(service.chat.notifications.filter((n) => n.requester.user === user).map((n) => n.text)).toEqual([
        `Couldn't brief ${url}: the page has no readable document, so it is not an article`,
      ]);
    },
  );

  it('briefs a plain-text page as text (its words, not markup) instead of failing it', async () => {
    const url = `${site.url}/wire.txt`;
    await postBrief(service.baseUrl, { url, destination: { platform: 'test', channel: 'C-TXT' } });
    await waitFor('the brief to be posted', () => service.chat.posts.some((p) => p.channel === 'C-TXT'));
    const posted = service.chat.posts.find((p) => p.channel === 'C-TXT');
    const brief = posted?.message.kind === 'brief' ? posted.message.brief : undefined;
    expect(brief?.what).toContain('harbour council will vote');
    expect(brief?.next.map((d) => d.quote).join(' ')).toContain('on March 3');
  });
});
