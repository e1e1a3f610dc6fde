import { startBot, type RunningBot } from '../../../src/app/roots/bot';
import type { InputSide } from '../../../src/app/process/input-side';
import { slackPlugin } from '../../../src/app/plugins/slack-plugin';
import { createArticlePipeline, type ArticlePipeline } from '../../../src/app/process/article-pipeline';
import { startWorker, type RunningWorker } from '../../../src/app/roots/worker';
import { SlackChatPort } from '../../../src/chat/slack/slack-chat-port';
import { createSlackWebClient } from '../../../src/chat/slack/slack-web-client';
import { systemClock } from '../../../src/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { waitFor } from '../../support/wait-for';
import {
  messageEventBody,
  postToSlackEndpoint,
  slackSignatureHeaders,
  slashCommandBody,
} from '../../support/slack-signing';

const secret = 'e2e-signing-secret-51c2';

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour strike talks to resume next week | Coastline Courier</title>
<meta property="og:site_name" content="Coastline Courier">
<meta property="article:published_time" content="2025-03-10T07:30:00Z">
</head><body><header><nav>Home · Business · Ports</nav></header>
<article><h1>Harbour strike talks to resume next week</h1>
<p>Dock workers and the port authority will return to the negotiating table on March 17, after a
weekend walkout left more than forty container ships waiting outside the harbour.</p>
<p>Helena Varga, who leads the dockers' union, said on Monday that her members would suspend the strike
while talks continue. "We are not giving up on the pay claim," Varga told reporters outside the union hall.</p>
<p>Port authority chief executive Tomas Lindqvist said the authority wanted a deal before the spring
shipping season. Lindqvist said the board would meet on March 24 to vote on any agreement reached.</p>
<p>The city council is expected to debate the cost of the stoppage at its session on April 2.</p>
</article><footer>© Coastline Courier</footer></body></html>`;

let updated = false;

describe('Slack end to end: signed /brief → queue → worker → chat.postMessage', () => {
  let fake: FakeSlackApi;
  let site: FixtureServer;
  let input: InputSide;
  let bot: RunningBot;
  let pipeline: ArticlePipeline;
  let worker: RunningWorker;
  let endpoint: string;
  let prefix: string;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    site = await startFixtureServer({
      '/article': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: article },
      '/watched-article': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: article },
      // An article that changes after its first brief (the council session moves).
      '/updated-article': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(updated ? article.replace('session on April 2', 'session on April 9') : article);
      },
    });
    prefix = uniquePrefix('slack-e2e');
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      BRIEFBOT_PREFIX: prefix,
      SLACK_BOT_TOKEN: 'xoxb-e2e',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: fake.apiUrl,
      BRIEFBOT_FETCH_ALLOW: `127.0.0.1:${site.port}`,
      WORKER_CONCURRENCY: '1',
    });
    const logger = silentLogger();
    // The real bot composition root, with the Slack plugin mounted on its HTTP server.
    bot = await startBot({ config, logger, plugins: [slackPlugin], port: 0, host: '127.0.0.1' });
    input = bot.input;
    endpoint = `http://127.0.0.1:${bot.port}/slack/events`;
    pipeline = createArticlePipeline(config, { logger, clock: systemClock });
    const chat = new SlackChatPort({
      client: createSlackWebClient({ token: 'xoxb-e2e', apiUrl: fake.apiUrl, logger }),
      logger,
      clock: systemClock,
      sleep: async () => undefined,
    });
    worker = await startWorker({
      config,
      logger,
      clock: systemClock,
      source: pipeline.source,
      engine: pipeline.engine,
      chatPorts: { slack: chat },
    });
  });

  afterAll(async () => {
    await worker?.close();
    const keys = await input.redis.keys(`${prefix}:*`);
    if (keys.length > 0) await input.redis.del(...keys);
    await bot?.close();
    await pipeline?.close();
    await site?.close();
    await fake?.close();
  });

  it('acks /brief <url> with "Queued", shows "Briefing <host>…" and replaces it in place with the brief', async () => {
    const body = slashCommandBody({
      text: `${site.url}/article`,
      channel: 'C0PORTS',
      responseUrl: fake.responseUrl('e2e'),
    });
    const res = await postToSlackEndpoint(
      endpoint,
      body,
      slackSignatureHeaders(secret, body),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).text).toMatch(/^Queued http:\/\/127\.0\.0\.1:\d+\/article/);
    const [placeholder] = await fake.waitFor('chat.postMessage', 1, 20000);
    expect(placeholder?.body.channel).toBe('C0PORTS');
    expect(placeholder?.text).toBe('Briefing 127.0.0.1…');
    const [post] = await fake.waitFor('chat.update', 1, 20000);
    expect(post?.ok).toBe(true);
    expect(post?.body.channel).toBe('C0PORTS');
    // One message: the placeholder became the brief, nothing else was posted.
    expect(fake.posted('chat.postMessage')).toHaveLength(1);
    const blocks = JSON.stringify(post?.body.blocks);
    expect(blocks).toContain('Helena Varga');
    expect(blocks).toContain('Tomas Lindqvist');
    expect(blocks).toContain('Mon 17 Mar 2025');
    expect(blocks).toContain('Mon 24 Mar 2025');
  });

  it('briefs a link posted in a watched channel in its thread, once for four redeliveries', async () => {
    await input.channelSettings.update({ platform: 'slack', channel: 'C0WATCHED' }, { watch: true });
    const body = messageEventBody({
      eventId: 'Ev0E2E',
      channel: 'C0WATCHED',
      ts: '1700000500.000100',
      text: `Strike news <${site.url}/watched-article>`,
    });
    for (let retry = 0; retry <= 4; retry++) {
      const headers = {
        ...slackSignatureHeaders(secret, body),
        ...(retry > 0 ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {}),
      };
      expect((await postToSlackEndpoint(endpoint, body, headers, 'application/json')).status).toBe(200);
    }
    const posts = await fake.waitFor('chat.postMessage', 2, 20000);
    const threaded = posts.filter((p) => p.body.channel === 'C0WATCHED');
    expect(threaded).toHaveLength(1);
    expect(threaded[0]?.body.thread_ts).toBe('1700000500.000100');
    expect(JSON.stringify(threaded[0]?.body.blocks)).toContain('Helena Varga');
    // Give a (wrong) second delivery time to show up before counting.
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.posted('chat.postMessage').filter((p) => p.body.channel === 'C0WATCHED')).toHaveLength(1);
  });
  it('answers a second /brief <url> with a link to the brief, and re-briefs the updated article with `again`', async () => {
    const ask = async (text: string, id: string) => {
      const body = slashCommandBody({ text, channel: 'C0AGAIN', responseUrl: fake.responseUrl(id) });
      const res = await postToSlackEndpoint(
        endpoint,
        body,
        slackSignatureHeaders(secret, body),
        'application/x-www-form-urlencoded',
      );
      expect(res.status).toBe(200);
      return JSON.parse(res.text) as { text: string };
    };
    const updates = () => fake.posted('chat.update').filter((c) => c.channel === 'C0AGAIN');
    await ask(`${site.url}/updated-article`, 'again-1');
    await waitFor('the first brief', () => updates().length === 1);
    expect(JSON.stringify(updates()[0]!.body.blocks)).toContain('Wed 2 Apr 2025');

    expect((await ask(`${site.url}/updated-article`, 'again-2')).text).toMatch(
      /^Already briefed here: https:\/\/fake\.slack\.com\/archives\/C0AGAIN\//,
    );

    updated = true;
    expect((await ask(`${site.url}/updated-article again`, 'again-3')).text).toMatch(
      /^Briefing http:\/\/127\.0\.0\.1:\d+\/updated-article again: the updated brief will be posted here/,
    );
    await waitFor('the fresh brief', () => updates().length === 2);
    const fresh = JSON.stringify(updates()[1]!.body.blocks);
    expect(fresh).toContain('Wed 9 Apr 2025');
    expect(updates()[1]!.body.ts).not.toBe(updates()[0]!.body.ts);
  });
});
