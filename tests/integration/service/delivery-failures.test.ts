import { ChatPostError } from '../../../src/chat/chat-port';
import { deliverJobId } from '../../../src/queue/queue-names';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { harbourArticleHtml } from '../../support/news-fixtures';
import { deletePrefix, startTestService, testConfig, type TestService } from '../../support/test-service';
import { waitFor } from '../../support/wait-for';

describe('posting a brief the chat platform refuses', () => {
  const prefix = uniquePrefix('post');
  let site: FixtureServer;
  let service: TestService;

  beforeAll(async () => {
    site = await startFixtureServer({
      '/a': {
        headers: { 'content-type': 'text/html' },
        body: harbourArticleHtml('Harbour tunnel bids open in April'),
      },
      '/b': {
        headers: { 'content-type': 'text/html' },
        body: harbourArticleHtml('Fishing cooperatives to meet port on March 12'),
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

  it('a passing platform error is retried and the brief is posted once', async () => {
    service.chat.failTimes(1, new ChatPostError('Slack answered 503', 'UPSTREAM', true));
    await service.bot.input.intake.submit(`${site.url}/a`, {
      platform: 'test',
      channel: 'C-retry',
      requester: { user: 'U1' },
    });
    await waitFor('the retried post', () => service.chat.posts.length === 1);
    expect(service.chat.attempts).toBe(2);
    expect(service.chat.notifications).toHaveLength(0);
  });

  it('a refusal for good (bot removed from the channel) tells the requester once and is not retried', async () => {
    service.chat.failTimes(1, new ChatPostError('the bot is not in this channel', 'NOT_IN_CHANNEL', false));
    const before = service.chat.attempts;
    const { key } = await service.bot.input.intake.submit(`${site.url}/b`, {
      platform: 'test',
      channel: 'C-gone',
      requester: { user: 'U2' },
    });
    const id = deliverJobId(key, 'test', 'C-gone');
    await waitFor(
      'the delivery to fail',
      async () => (await service.worker.queues.deliveries.getJobState(id)) === 'failed',
    );
    expect(service.chat.attempts - before).toBe(1);
    expect(service.chat.notifications).toEqual([
      {
        requester: { user: 'U2' },
        channel: 'C-gone',
        text: "Couldn't post the brief in this channel: the bot is not in this channel",
      },
    ]);
  });
});
