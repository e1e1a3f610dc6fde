import zlib from 'node:zlib';
import { startBot, type RunningBot } from '../../src/app/roots/bot';
import { loadConfig } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { startFixtureServer, type FixtureServer } from '../support/http-fixture-server';
import { cleanUp, startFaultRedis, within, type FaultRedis } from './support/fault-cleanup';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/fake-slack-api';
import { serviceEnv } from './support/service-env';
import { startWorkerProcess, waitUntil, type WorkerProcess } from './support/worker-process';

/** The worker's stated memory cap while it chews through hostile pages. */
const WORKER_RSS_CAP_MB = 300;

describe('hostile pages and SSRF attempts through POST /api/briefs against the running service', () => {
  let redis: FaultRedis;
  let slack: FakeSlackApi;
  let site: FixtureServer;
  let bot: RunningBot;
  let worker: WorkerProcess;
  const env: Record<string, string> = {};

  beforeAll(async () => {
    redis = await startFaultRedis();
    slack = await startFakeSlackApi();
    site = await startFixtureServer({
      '/endless': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        pump();
      },
      '/gzip-bomb': {
        headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' },
        body: zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024, ' ')),
      },
      '/deep': {
        headers: { 'content-type': 'text/html' },
        body: `<html><body>${'<div>'.repeat(50_000)}deep${'</div>'.repeat(50_000)}</body></html>`,
      },
      '/photo': { headers: { 'content-type': 'image/png' }, body: Buffer.alloc(2048, 1) },
      '/loop': { status: 302, headers: { location: '/loop' } },
      '/to-metadata': { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } },
      '/to-redis': { status: 307, headers: { location: `http://127.0.0.1:${redis.port}/` } },
    });
    Object.assign(
      env,
      serviceEnv({
        redisUrl: redis.url,
        prefix: 'bbfault',
        slackApiUrl: slack.apiUrl,
        allow: [`127.0.0.1:${site.port}`],
      }),
    );
    bot = await startBot({
      config: loadConfig(env),
      logger: silentLogger(),
      plugins: [],
      port: 0,
      host: '127.0.0.1',
    });
    worker = startWorkerProcess(env);
  });

  afterAll(() =>
    cleanUp(
      worker && (() => worker.stop()),
      bot && (() => within(bot.close(), 10_000, 'closing the bot')),
      site && (() => site.close()),
      slack && (() => slack.close()),
      redis && (() => redis.dispose()),
    ),
  );

  it('ends each one as one clear failure message, and the worker stays under its memory cap', async () => {
    const links = [
      `${site.url}/endless`,
      `${site.url}/gzip-bomb`,
      `${site.url}/deep`,
      `${site.url}/photo`,
      `${site.url}/nowhere`,
      `${site.url}/loop`,
      `${site.url}/to-metadata`,
      `${site.url}/to-redis`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.7/admin',
      `http://127.0.0.1:${redis.port}/`,
      'http://[::1]:22/',
      'http://0x7f000001/',
    ];
    const keys: Array<{ url: string; channel: string; key: string }> = [];
    for (const [i, url] of links.entries()) {
      const channel = `C0HOSTILE${i}`;
      const res = await fetch(`http://127.0.0.1:${bot.port}/api/briefs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${env.API_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          url,
          destination: { platform: 'slack', channel, requester: { user: 'U0ALICE' } },
        }),
      });
      const body = (await res.json()) as { key: string; status: string };
      expect([202, 200]).toContain(res.status);
      keys.push({ url, channel, key: body.key });
    }
    const states = new Map<string, { status: string; error?: string }>();
    await waitUntil(
      async () => {
        for (const k of keys) {
          if (states.get(k.key)?.status === 'failed') continue;
          const res = await fetch(`http://127.0.0.1:${bot.port}/api/briefs/${k.key}`, {
            headers: { authorization: `Bearer ${env.API_TOKEN}` },
          });
          states.set(k.key, (await res.json()) as { status: string; error?: string });
        }
        return keys.every((k) => states.get(k.key)?.status === 'failed');
      },
      'every hostile link to fail',
      90_000,
      500,
    );
    await waitUntil(
      () => slack.posted('chat.postEphemeral').length >= keys.length,
      'a failure message per link',
      30_000,
    );
    await new Promise((r) => setTimeout(r, 2000));

    expect(slack.posted('chat.postMessage')).toHaveLength(0);
    const lines: string[] = [];
    for (const k of keys) {
      const told = slack.posted('chat.postEphemeral').filter((c) => c.channel === k.channel);
      expect(told).toHaveLength(1);
      expect(told[0]!.text).toMatch(/^Couldn.t brief /);
      expect(states.get(k.key)?.error).toMatch(/^Couldn.t brief /);
      lines.push(`  ${k.url} → ${told[0]!.text}`);
    }
    const rss = worker.rssMb();
    expect(rss).toBeLessThan(WORKER_RSS_CAP_MB);
    console.log(
      `hostile fault: ${keys.length} links, one failure message each; worker RSS ${rss.toFixed(0)} MB (cap ${WORKER_RSS_CAP_MB} MB)\n${lines.join('\n')}`,
    );
  });
});
