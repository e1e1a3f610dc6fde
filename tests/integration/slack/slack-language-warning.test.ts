import { startBot, type RunningBot } from '../../../src/app/roots/bot';
import { createArticlePipeline, type ArticlePipeline } from '../../../src/app/process/article-pipeline';
import { slackPlugin } from '../../../src/app/plugins/slack-plugin';
import { startWorker, type RunningWorker } from '../../../src/app/roots/worker';
import { SlackChatPort } from '../../../src/chat/slack/slack-chat-port';
import { createSlackWebClient } from '../../../src/chat/slack/slack-web-client';
import { systemClock } from '../../../src/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { postToSlackEndpoint, slackSignatureHeaders, slashCommandBody } from '../../support/slack-signing';

const secret = 'lang-warning-signing-secret-7e1';

/** A news page in a language briefbot does not read natively; its one numeric date is still found. */
function page(lang: string, title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>${title} | Gazzetta del Porto</title>
<meta property="article:published_time" content="2025-03-10T07:30:00Z">
</head><body><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></body></html>`;
}

const PAGES: Record<string, { lang: string; body: string; name: string }> = {
  '/italiano': {
    lang: 'it',
    name: 'Italian',
    body: page('it', 'Sciopero al porto, le trattative riprendono', [
      "I lavoratori del porto e l'autorità portuale torneranno al tavolo delle trattative il 17.03.2025, dopo uno sciopero che ha bloccato più di quaranta navi.",
      'La sindacalista Elena Varga ha detto che i suoi iscritti sospenderanno lo sciopero durante i negoziati. «Non rinunciamo alla richiesta salariale», ha spiegato ai giornalisti.',
      'Il consiglio comunale discuterà il costo dello sciopero nella prossima seduta, secondo il sindaco, che ha chiesto un accordo prima della stagione estiva.',
    ]),
  },
  '/portugues': {
    lang: 'pt',
    name: 'Portuguese',
    body: page('pt', 'Greve no porto: negociações retomadas', [
      'Os estivadores e a administração do porto voltam à mesa de negociações em 17.03.2025, depois de uma greve que deixou mais de quarenta navios à espera.',
      'A sindicalista Helena Varga disse que os seus associados vão suspender a greve enquanto as negociações continuarem. «Não desistimos do aumento salarial», afirmou aos jornalistas.',
      'A câmara municipal vai debater o custo da paralisação na próxima sessão, segundo o presidente, que pediu um acordo antes da época de verão.',
    ]),
  },
};

describe('Slack: a brief of an article in a language briefbot does not read', () => {
  let fake: FakeSlackApi;
  let site: FixtureServer;
  let bot: RunningBot;
  let pipeline: ArticlePipeline;
  let worker: RunningWorker;
  let endpoint: string;
  let prefix: string;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    site = await startFixtureServer(
      Object.fromEntries(
        Object.entries(PAGES).map(([route, p]) => [
          route,
          { headers: { 'content-type': 'text/html; charset=utf-8' }, body: p.body },
        ]),
      ),
    );
    prefix = uniquePrefix('slack-lang');
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      BRIEFBOT_PREFIX: prefix,
      SLACK_BOT_TOKEN: 'xoxb-lang',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: fake.apiUrl,
      BRIEFBOT_FETCH_ALLOW: `127.0.0.1:${site.port}`,
      WORKER_CONCURRENCY: '1',
    });
    const logger = silentLogger();
    bot = await startBot({ config, logger, plugins: [slackPlugin], port: 0, host: '127.0.0.1' });
    endpoint = `http://127.0.0.1:${bot.port}/slack/events`;
    pipeline = createArticlePipeline(config, { logger, clock: systemClock });
    const chat = new SlackChatPort({
      client: createSlackWebClient({ token: 'xoxb-lang', apiUrl: fake.apiUrl, logger }),
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
    const keys = await bot.input.redis.keys(`${prefix}:*`);
    if (keys.length > 0) await bot.input.redis.del(...keys);
    await bot?.close();
    await pipeline?.close();
    await site?.close();
    await fake?.close();
  });

  it.each(Object.entries(PAGES).map(([route, p], i) => [p.name, route, i] as const))(
    'a /brief of a page in %s posts the brief with the language warning under it, and its numeric date',
    async (name, route, i) => {
      const channel = `C0LANG${i}`;
      const body = slashCommandBody({
        text: `${site.url}${route}`,
        channel,
        responseUrl: fake.responseUrl(`lang${i}`),
      });
      const res = await postToSlackEndpoint(
        endpoint,
        body,
        slackSignatureHeaders(secret, body),
        'application/x-www-form-urlencoded',
      );
      expect(res.status).toBe(200);
      // The "Briefing …" placeholder is edited into the brief (chat.update).
      const posts = await fake.waitFor('chat.update', i + 1, 50000);
      const post = posts.find((p) => p.body.channel === channel);
      const blocks = JSON.stringify(post?.body.blocks);
      expect(blocks).toContain(
        `this article is in ${name}; briefbot reads English, French, German and Spanish: dates and names may be incomplete`,
      );
      expect(blocks).toContain('Mon 17 Mar 2025');
      // The warning comes after the brief's dates: it is read under the brief.
      expect(blocks.indexOf(`this article is in ${name}`)).toBeGreaterThan(blocks.indexOf('Mon 17 Mar 2025'));
    },
    // The first brief loads the language models; on a busy machine that is slow.
    60000,
  );
});
