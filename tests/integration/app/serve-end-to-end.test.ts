import { platformPlugins } from '../../../src/app/plugins/platform-plugins';
import type { Closeable } from '../../../src/app/plugins/plugin-contract';
import { startServe } from '../../../src/app/roots/serve';
import { systemClock } from '../../../src/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { briefInteraction } from '../../fakes/fake-discord/discord-payloads';
import {
  FAKE_APPLICATION_ID,
  FAKE_CHANNEL_ID,
  FAKE_GUILD_ID,
  FAKE_TOKEN,
  startFakeDiscord,
  type FakeDiscord,
} from '../../fakes/fake-discord/fake-discord';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { freePort } from '../../support/redis-server';
import { postToSlackEndpoint, slackSignatureHeaders, slashCommandBody } from '../../support/slack-signing';
import { deletePrefix } from '../../support/test-service';
import { waitFor } from '../../support/wait-for';

const secret = 'serve-signing-secret-7d1e';
const apiToken = 'serve-api-token-0123456789';
const admin = { user: 'ops', password: 'queue-board-pw' };

/** A day `n` days from today (UTC) as ISO and as news prose ("June 3, 2031"). */
function dayFromToday(n: number): { iso: string; prose: string } {
  const d = new Date(Date.now() + n * 86_400_000);
  const prose = d.toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return { iso: d.toISOString().slice(0, 10), prose };
}

const today = new Date().toISOString().slice(0, 10);
const hearing = dayFromToday(6);
const farmMeeting = dayFromToday(9);

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Water board sets drought hearing as reservoirs fall | Riverton Post</title>
<meta property="og:site_name" content="Riverton Post">
<meta property="article:published_time" content="${today}T06:00:00Z">
</head><body><nav>Home · Local · Environment</nav>
<article><h1>Water board sets drought hearing as reservoirs fall</h1>
<p>The regional water board will hold a public hearing on its drought plan on ${hearing.prose},
after the county's reservoirs fell to their lowest level in a decade.</p>
<p>Board chair Amara Okafor said every household would be asked to cut its use. "We cannot wait for
rain," Okafor told reporters outside the board's offices in Riverton.</p>
<p>Farm union leader Jonas Brandt said growers will meet the board on ${farmMeeting.prose} to discuss
irrigation quotas.</p>
</article><footer>© Riverton Post</footer></body></html>`;

describe('briefbot serve: Slack, Discord and events in one process', () => {
  let slack: FakeSlackApi;
  let discord: FakeDiscord;
  let site: FixtureServer;
  let serve: Closeable;
  let base: string;
  let prefix: string;

  beforeAll(async () => {
    slack = await startFakeSlackApi();
    discord = await startFakeDiscord({ channelIds: [FAKE_CHANNEL_ID] });
    site = await startFixtureServer({
      '/drought': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: article },
    });
    prefix = uniquePrefix('serve-e2e');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      BRIEFBOT_PREFIX: prefix,
      HTTP_PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-serve',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
      DISCORD_API_URL: discord.rest.apiUrl,
      API_TOKEN: apiToken,
      ADMIN_USER: admin.user,
      ADMIN_PASSWORD: admin.password,
      BRIEFBOT_FETCH_ALLOW: `127.0.0.1:${site.port}`,
      WORKER_CONCURRENCY: '1',
    });
    serve = await startServe({
      config,
      logger: silentLogger(),
      clock: systemClock,
      plugins: platformPlugins,
    });
  });

  afterAll(async () => {
    await serve?.close();
    await deletePrefix(testRedisUrl(), prefix);
    await site?.close();
    await discord?.stop();
    await slack?.close();
  });

  const slash = async (text: string, channel: string) => {
    const body = slashCommandBody({ text, channel, responseUrl: slack.responseUrl(`serve-${channel}`) });
    const res = await postToSlackEndpoint(
      `${base}/slack/events`,
      body,
      slackSignatureHeaders(secret, body),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    return JSON.parse(res.text) as { text: string };
  };

  it('briefs a signed Slack /brief into the channel and records its dates as the channel’s events', async () => {
    expect((await slash(`${site.url}/drought`, 'C0WATER')).text).toMatch(/^Queued http:\/\/127\.0\.0\.1/);
    // The "Briefing <host>…" placeholder is posted, then updated into the brief.
    const [post] = await slack.waitFor('chat.update', 1, 20000);
    expect(post?.body.channel).toBe('C0WATER');
    const blocks = JSON.stringify(post?.body.blocks);
    expect(blocks).toContain('Amara Okafor');
    expect(blocks).toContain('Jonas Brandt');

    // The events plugin's delivery hook runs right after the post.
    let listed = '';
    await waitFor('both dates in /brief events', async () => {
      listed = (await slash('events', 'C0WATER')).text;
      return listed.includes(hearing.iso) && listed.includes(farmMeeting.iso);
    });
    expect(listed).toMatch(/^Upcoming dates, next 14 days/);
  });

  it('briefs a Discord /brief link from the same process into the Discord channel', async () => {
    const i = briefInteraction({
      applicationId: FAKE_APPLICATION_ID,
      guildId: FAKE_GUILD_ID,
      channelId: FAKE_CHANNEL_ID,
      userId: '444444444444444444',
      subcommand: 'link',
      options: [{ name: 'url', type: 3, value: `${site.url}/drought` }],
    });
    discord.gateway.dispatch('INTERACTION_CREATE', i.payload);
    const posts = () => discord.rest.messages.filter((m) => m.channel_id === FAKE_CHANNEL_ID);
    // The deferred reply ("Briefing <host>…") is the one channel message, edited into the brief.
    await waitFor(
      'the brief in the Discord channel',
      () => posts().length === 1 && JSON.stringify(posts()[0]?.embeds).includes('Amara Okafor'),
    );
    expect(JSON.stringify(posts()[0]?.embeds)).toContain('Amara Okafor');
    // Intake delivered the stored brief without a brief job: the page was fetched once for both platforms.
    expect(site.hits.get('/drought')).toBe(1);
  });

  it('counts briefs by outcome, fetch errors by code, deliveries by platform and job durations at /metrics', async () => {
    const res = await fetch(`${base}/api/briefs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: `${site.url}/no-such-story` }),
    });
    expect(res.status).toBe(202);
    const metric = async (pattern: RegExp) =>
      Number(pattern.exec(await (await fetch(`${base}/metrics`)).text())?.[1] ?? 0);
    await waitFor(
      'the failed brief',
      async () => (await metric(/^briefbot_briefs_total\{outcome="failed"\} (\d+)/m)) === 1,
    );
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/^briefbot_briefs_total\{outcome="briefed"\} 1$/m);
    expect(text).toMatch(/^briefbot_fetch_errors_total\{code="[A-Z_]+"\} 1$/m);
    expect(text).toMatch(/^briefbot_deliveries_total\{platform="slack"\} 1$/m);
    expect(text).toMatch(/^briefbot_deliveries_total\{platform="discord"\} 1$/m);
    expect(text).toMatch(/^briefbot_job_duration_seconds_count\{queue="briefs",status="completed"\} [1-9]/m);
    expect(text).toMatch(/^briefbot_queue_jobs\{queue="deliveries",state="completed"\} [1-9]/m);
  });

  it('shows the queue board at /admin/queues only with the configured login', async () => {
    const basic = (user: string, password: string) =>
      `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    const anonymous = await fetch(`${base}/admin/queues`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic/);
    const wrong = await fetch(`${base}/admin/queues`, {
      headers: { authorization: basic(admin.user, 'guess') },
    });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`${base}/admin/queues`, {
      headers: { authorization: basic(admin.user, admin.password) },
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/<html/i);
    const queues = await fetch(`${base}/admin/queues/api/queues`, {
      headers: { authorization: basic(admin.user, admin.password) },
    });
    expect(JSON.stringify(await queues.json())).toContain('"briefs"');
  });
});
