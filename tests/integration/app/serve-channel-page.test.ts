import { platformPlugins, type Closeable } from '../../../src/app/plugins/platform-plugins';
import { startServe } from '../../../src/app/roots/serve';
import { systemClock } from '../../../src/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { freePort } from '../../support/redis-server';
import { postToSlackEndpoint, slackSignatureHeaders, slashCommandBody } from '../../support/slack-signing';
import { deletePrefix } from '../../support/test-service';

const secret = 'page-signing-secret-41a7';
const admin = { user: 'ops', password: 'status-page-pw' };

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
const inquiry = dayFromToday(5);

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour authority opens inquiry into ferry collision | Portside Gazette</title>
<meta property="og:site_name" content="Portside Gazette">
<meta property="article:published_time" content="${today}T06:00:00Z">
</head><body><article><h1>Harbour authority opens inquiry into ferry collision</h1>
<p>The harbour authority will open a public inquiry into last week's ferry collision on ${inquiry.prose},
its chief executive Maren Solberg said on Monday.</p>
<p>"Every passenger deserves an answer," Solberg told reporters at the ferry terminal, adding that the
two operators involved had agreed to give evidence.</p>
<p>Ferry services between the two islands have resumed on a reduced timetable while repairs continue.</p>
</article></body></html>`;

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20000): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('briefbot serve with PUBLIC_URL: the channel page and the admin status page', () => {
  let slack: FakeSlackApi;
  let site: FixtureServer;
  let serve: Closeable;
  let base: string;
  let prefix: string;

  beforeAll(async () => {
    slack = await startFakeSlackApi();
    site = await startFixtureServer({
      '/inquiry': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: article },
    });
    prefix = uniquePrefix('serve-page');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      BRIEFBOT_PREFIX: prefix,
      HTTP_PORT: String(port),
      PUBLIC_URL: `${base}/`,
      SLACK_BOT_TOKEN: 'xoxb-page',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: slack.apiUrl,
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
    await slack?.close();
  });

  const slash = async (text: string, channel: string) => {
    const body = slashCommandBody({ text, channel, responseUrl: slack.responseUrl(`page-${channel}`) });
    const res = await postToSlackEndpoint(
      `${base}/slack/events`,
      body,
      slackSignatureHeaders(secret, body),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    return JSON.parse(res.text) as { text: string };
  };

  it('answers /brief page with a private PUBLIC_URL link that shows the posted brief and its date', async () => {
    await slash(`${site.url}/inquiry`, 'C0PORT');
    await slack.waitFor('chat.postMessage', 1, 20000);
    const reply = await slash('page', 'C0PORT');
    const link = /(http:\/\/127\.0\.0\.1:\d+\/c\/[A-Za-z0-9_-]{32})/.exec(reply.text)?.[1];
    expect(link).toBeDefined();
    let body = '';
    await until(async () => {
      body = await (await fetch(link!)).text();
      return body.includes('Harbour authority opens inquiry into ferry collision');
    }, 'the brief on the channel page');
    expect(body).toContain('Maren Solberg');
    expect(body).toContain(`<time datetime="${inquiry.iso}">`);
    expect(body).toContain(`href="${link}/events.ics"`);
    const ics = await fetch(`${link}/events.ics`);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain(`DTSTART;VALUE=DATE:${inquiry.iso.replace(/-/g, '')}`);

    // Another channel's page shows nothing of this one.
    const other = /(http:\S+\/c\/[A-Za-z0-9_-]{32})/.exec((await slash('page', 'C0OTHER')).text)?.[1];
    expect(other).not.toBe(link);
    expect(await (await fetch(other!)).text()).toContain('No briefs posted here yet.');

    const reset = await slash('page reset', 'C0PORT');
    expect(reset.text).toMatch(/^New page link/);
    expect((await fetch(link!)).status).toBe(404);
  });

  it('shows the status page at /admin only with the admin login', async () => {
    const basic = `Basic ${Buffer.from(`${admin.user}:${admin.password}`).toString('base64')}`;
    expect((await fetch(`${base}/admin`)).status).toBe(401);
    const res = await fetch(`${base}/admin`, { headers: { authorization: basic } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    const html = await res.text();
    expect(html).toContain('<th scope="row">briefs</th>');
    expect(html).toContain(`href="${base}/admin/queues"`);
    // Bull Board still answers below it.
    expect((await fetch(`${base}/admin/queues`, { headers: { authorization: basic } })).status).toBe(200);
  });
});
