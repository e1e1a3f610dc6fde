import { startBot, type RunningBot } from '../../../src/app/roots/bot';
import { createArticlePipeline, type ArticlePipeline } from '../../../src/app/process/article-pipeline';
import { platformPlugins } from '../../../src/app/plugins/platform-plugins';
import { startWorker, type RunningWorker } from '../../../src/app/roots/worker';
import type { ChatPort } from '../../../src/chat/chat-port';
import { systemClock } from '../../../src/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { RedisSlackInstallationStore } from '../../../src/storage/redis/slack-installation-store';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { postToSlackEndpoint, slackSignatureHeaders, slashCommandBody } from '../../support/slack-signing';

const secret = 'oauth-signing-secret-7f3a';

// The first brief starts the engine's worker thread: slow on a loaded CI machine.
jest.setTimeout(90_000);

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour strike talks to resume next week | Coastline Courier</title>
<meta property="article:published_time" content="2025-03-10T07:30:00Z">
</head><body><article><h1>Harbour strike talks to resume next week</h1>
<p>Dock workers and the port authority will return to the negotiating table on March 17, after a
weekend walkout left more than forty container ships waiting outside the harbour.</p>
<p>Helena Varga, who leads the dockers' union, said on Monday that her members would suspend the strike
while talks continue.</p></article></body></html>`;

describe('Slack installable by many workspaces: install → /brief → post with that team’s token → uninstall', () => {
  let fake: FakeSlackApi;
  let site: FixtureServer;
  let bot: RunningBot;
  let pipeline: ArticlePipeline;
  let worker: RunningWorker;
  let base: string;
  let prefix: string;
  let installs: RedisSlackInstallationStore;

  beforeAll(async () => {
    fake = await startFakeSlackApi();
    site = await startFixtureServer({
      '/article': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: article },
    });
    prefix = uniquePrefix('slack-oauth');
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      BRIEFBOT_PREFIX: prefix,
      SLACK_CLIENT_ID: '1111.2222',
      SLACK_CLIENT_SECRET: 'client-secret-oauth',
      SLACK_STATE_SECRET: 'state-secret-0123456789abcdef',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: fake.apiUrl,
      SLACK_AUTHORIZE_URL: `${fake.origin}/oauth/v2/authorize`,
      BRIEFBOT_FETCH_ALLOW: `127.0.0.1:${site.port}`,
      WORKER_CONCURRENCY: '1',
    });
    const logger = silentLogger();
    // The plugins `briefbot serve` loads: Slack must load with SLACK_CLIENT_ID and no SLACK_BOT_TOKEN.
    const slackPlugin = platformPlugins.find((p) => p.name === 'slack')!;
    bot = await startBot({ config, logger, plugins: platformPlugins, port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${bot.port}`;
    installs = new RedisSlackInstallationStore(bot.input.redis, prefix);
    pipeline = createArticlePipeline(config, { logger, clock: systemClock });
    const port = slackPlugin.chatPort!({ config, logger, clock: systemClock, redis: () => worker.redis });
    worker = await startWorker({
      config,
      logger,
      clock: systemClock,
      source: pipeline.source,
      engine: pipeline.engine,
      chatPorts: { slack: port as ChatPort },
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

  /** Opens the install page as a browser does: a redirect to Slack with `state`, and the state cookie. */
  async function openInstallPage(): Promise<{ state: string; cookie: string; location: URL }> {
    const res = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return { state: location.searchParams.get('state') ?? '', cookie, location };
  }

  async function install(code: string, team: string, token: string): Promise<Response> {
    fake.addInstall(code, team, token);
    const { state, cookie } = await openInstallPage();
    return fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
      headers: { cookie },
      redirect: 'manual',
    });
  }

  const slash = async (team: string, text: string, channel = 'C0SAME') => {
    const body = slashCommandBody({ text, channel, team, responseUrl: fake.responseUrl(`${team}-r`) });
    const res = await postToSlackEndpoint(
      `${base}/slack/events`,
      body,
      slackSignatureHeaders(secret, body),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    return JSON.parse(res.text) as { text: string };
  };

  it('sends the browser to Slack’s authorize page with the client id, scopes and a signed state', async () => {
    const { location, state, cookie } = await openInstallPage();
    expect(`${location.origin}${location.pathname}`).toBe(`${fake.origin}/oauth/v2/authorize`);
    expect(location.searchParams.get('client_id')).toBe('1111.2222');
    expect(location.searchParams.get('scope')).toContain('chat:write');
    expect(state.length).toBeGreaterThan(20);
    expect(cookie).toContain(state);
  });

  it('refuses a redirect whose state was not issued to this browser, and stores nothing', async () => {
    fake.addInstall('code-forged', 'T0EVIL', 'xoxb-evil');
    const { state } = await openInstallPage();
    const res = await fetch(
      `${base}/slack/oauth_redirect?code=code-forged&state=${encodeURIComponent(state)}`,
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('briefbot was not installed');
    expect(await installs.botToken('T0EVIL')).toBeNull();
    expect(fake.calls.filter((c) => c.method === 'oauth.v2.access')).toHaveLength(0);
  });

  it('installs two workspaces and posts each one’s brief with its own token', async () => {
    const a = await install('code-a', 'T0AAA', 'xoxb-team-a');
    expect(a.status).toBe(200);
    expect(await a.text()).toContain('briefbot is installed');
    expect((await install('code-b', 'T0BBB', 'xoxb-team-b')).status).toBe(200);
    expect(await installs.botToken('T0AAA')).toBe('xoxb-team-a');
    const stored = await installs.find({
      teamId: 'T0BBB',
      isEnterpriseInstall: false,
      enterpriseId: undefined,
    });
    expect(stored?.bot?.scopes).toEqual(['commands', 'chat:write']);

    expect((await slash('T0AAA', `${site.url}/article`)).text).toMatch(/^Queued /);
    // The "Briefing …" placeholder is posted, then edited into the brief: both with team A's token.
    const [brief] = await fake.waitFor('chat.update', 1, 60000);
    expect(brief?.token).toBe('xoxb-team-a');
    expect(brief?.body.channel).toBe('C0SAME');
    expect(JSON.stringify(brief?.body.blocks)).toContain('Helena Varga');

    // The same link from the other workspace's channel of the same id: its own post, with its own token.
    await slash('T0BBB', `${site.url}/article`);
    const briefs = await fake.waitFor('chat.update', 2, 60000);
    expect(briefs.map((p) => p.token)).toEqual(['xoxb-team-a', 'xoxb-team-b']);
    const placeholders = await fake.waitFor('chat.postMessage', 2, 60000);
    expect(placeholders.map((p) => p.token)).toEqual(['xoxb-team-a', 'xoxb-team-b']);
  });

  it('keeps two workspaces’ channels of the same id apart, and forgets only the one that uninstalls', async () => {
    expect((await slash('T0AAA', 'tz Europe/Paris')).text).toContain('Europe/Paris');
    expect((await slash('T0BBB', 'tz Asia/Tokyo')).text).toContain('Asia/Tokyo');
    expect((await slash('T0AAA', 'digest 08:00')).text).toContain('08:00');
    expect((await slash('T0BBB', 'digest 07:30')).text).toContain('07:30');
    const settings = bot.input.channelSettings;
    expect((await settings.get({ platform: 'slack', channel: 'C0SAME', team: 'T0AAA' })).timezone).toBe(
      'Europe/Paris',
    );
    expect((await settings.get({ platform: 'slack', channel: 'C0SAME', team: 'T0BBB' })).timezone).toBe(
      'Asia/Tokyo',
    );
    const schedulers = async () =>
      (await bot.input.queues.digests.getJobSchedulers(0, -1)).map(
        (s) => s.template?.data as { team?: string },
      );
    expect((await schedulers()).map((d) => d.team).sort()).toEqual(['T0AAA', 'T0BBB']);

    const body = JSON.stringify({
      token: 'deprecated-verification-token',
      team_id: 'T0AAA',
      api_app_id: 'A0BRIEF',
      type: 'event_callback',
      event_id: 'Ev0UNINSTALL',
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'app_uninstalled' },
    });
    const res = await postToSlackEndpoint(
      `${base}/slack/events`,
      body,
      slackSignatureHeaders(secret, body),
      'application/json',
    );
    expect(res.status).toBe(200);
    for (let i = 0; i < 100 && (await installs.botToken('T0AAA')) !== null; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(await installs.botToken('T0AAA')).toBeNull();
    expect(await installs.botToken('T0BBB')).toBe('xoxb-team-b');
    for (let i = 0; i < 100 && (await schedulers()).length > 1; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect((await schedulers()).map((d) => d.team)).toEqual(['T0BBB']);
  });
});
