import { createArticlePipeline, type ArticlePipeline } from '../../../src/app/process/article-pipeline';
import { startBot, type RunningBot } from '../../../src/app/roots/bot';
import { discordPlugin } from '../../../src/app/plugins/discord-plugin';
import { discordIntents } from '../../../src/chat/discord/discord-bot';
import { startWorker, type RunningWorker } from '../../../src/app/roots/worker';
import type { ChatPort } from '../../../src/chat/chat-port';
import { systemClock } from '../../../src/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { silentLogger } from '../../../src/logging/logger';
import { briefInteraction, guildMessage } from '../../fakes/fake-discord/discord-payloads';
import {
  FAKE_APPLICATION_ID,
  FAKE_CHANNEL_ID,
  FAKE_GUILD_ID,
  FAKE_TOKEN,
  startFakeDiscord,
  type FakeDiscord,
} from '../../fakes/fake-discord/fake-discord';
import { startFixtureServer, type FixtureServer } from '../../support/http-fixture-server';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { waitFor } from '../../support/wait-for';

const WATCHED_CHANNEL = '333333333333333777';
const USER = '444444444444444444';

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Rail operators agree timetable freeze before autumn review | Valley Ledger</title>
<meta property="og:site_name" content="Valley Ledger">
<meta property="article:published_time" content="2025-08-04T06:00:00Z">
</head><body><nav>Home · Transport · Regions</nav>
<article><h1>Rail operators agree timetable freeze before autumn review</h1>
<p>The three regional rail operators agreed on Monday to freeze their timetables until a joint review
on September 15, after a summer of cancellations drew complaints from commuters across the valley.</p>
<p>Marguerite Olsen, the transport commissioner, said the freeze would give passengers "a few weeks of
certainty". Olsen added that fares would not change before the review. @everyone in the depot was told.</p>
<p>Union negotiator Pieter Dekker welcomed the decision. Dekker said drivers would present their own
proposals to the operators' board on September 22.</p>
<p>The regional assembly will debate rail funding at its session on October 1.</p>
</article><footer>© Valley Ledger</footer></body></html>`;

describe('Discord end to end: interaction / watched message → queue → worker → channel message', () => {
  let discord: FakeDiscord;
  let site: FixtureServer;
  let bot: RunningBot;
  let pipeline: ArticlePipeline;
  let worker: RunningWorker;
  let prefix: string;

  beforeAll(async () => {
    discord = await startFakeDiscord({ channelIds: [FAKE_CHANNEL_ID, WATCHED_CHANNEL] });
    site = await startFixtureServer({
      '/article': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: article },
      '/watched-article': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: article },
    });
    prefix = uniquePrefix('discord-e2e');
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      BRIEFBOT_PREFIX: prefix,
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
      DISCORD_API_URL: discord.rest.apiUrl,
      BRIEFBOT_FETCH_ALLOW: `127.0.0.1:${site.port}`,
      WORKER_CONCURRENCY: '1',
    });
    const logger = silentLogger();
    bot = await startBot({ config, logger, plugins: [discordPlugin], port: 0, host: '127.0.0.1' });
    pipeline = createArticlePipeline(config, { logger, clock: systemClock });
    const chat = discordPlugin.chatPort?.({ config, logger, clock: systemClock }) as ChatPort;
    worker = await startWorker({
      config,
      logger,
      clock: systemClock,
      source: pipeline.source,
      engine: pipeline.engine,
      chatPorts: { discord: chat },
    });
  });

  afterAll(async () => {
    await worker?.close();
    const keys = await bot.input.redis.keys(`${prefix}:*`);
    if (keys.length > 0) await bot.input.redis.del(...keys);
    await bot?.close();
    await pipeline?.close();
    await site?.close();
    await discord?.stop();
  });

  const channelPosts = (channel: string) => discord.rest.messages.filter((m) => m.channel_id === channel);

  it('defers /brief link as "Briefing <host>…", then edits that message into the brief embed, pinging no one', async () => {
    const i = briefInteraction({
      applicationId: FAKE_APPLICATION_ID,
      guildId: FAKE_GUILD_ID,
      channelId: FAKE_CHANNEL_ID,
      userId: USER,
      subcommand: 'link',
      options: [{ name: 'url', type: 3, value: `${site.url}/article` }],
    });
    discord.gateway.dispatch('INTERACTION_CREATE', i.payload);
    await waitFor('the brief in the channel', () => channelPosts(FAKE_CHANNEL_ID).length === 1);

    const callback = discord.rest.callsTo(
      'POST',
      new RegExp(`^/interactions/${i.id}/${i.token}/callback$`),
    )[0];
    expect(callback?.body).toEqual({ type: 5, data: { flags: 0 } });
    const edits = () =>
      discord.rest.callsTo(
        'PATCH',
        new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${i.token}/messages/@original$`),
      );
    await waitFor('the brief edited into the placeholder', () => edits().length === 2);
    expect((edits()[0]?.body as { content: string }).content).toBe('Briefing 127.0.0.1…');
    const answer = discord.rest.callsTo(
      'POST',
      new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${i.token}$`),
    )[0];
    expect((answer?.body as { content: string }).content).toMatch(
      /^Queued http:\/\/127\.0\.0\.1:\d+\/article/,
    );
    // One channel message: the placeholder, now the brief; no second post.
    expect(discord.rest.callsTo('POST', new RegExp(`^/channels/${FAKE_CHANNEL_ID}/messages$`))).toHaveLength(
      0,
    );
    const post = channelPosts(FAKE_CHANNEL_ID)[0];
    expect(post?.content).toBe('');
    expect(post?.body.allowed_mentions).toEqual({ parse: [] });
    expect(post?.body.message_reference).toBeUndefined();
    const embed = JSON.stringify(post?.embeds);
    expect(embed).toContain('Marguerite Olsen');
    expect(embed).toContain('Pieter Dekker');
    expect(embed).toContain(`<t:${Date.UTC(2025, 8, 15, 12) / 1000}:D>`);
    expect(embed).toContain(`<t:${Date.UTC(2025, 8, 22, 12) / 1000}:D>`);
  });

  it('watches the first channel by reconnecting with the Message Content intent (DISCORD_WATCH=auto), then briefs a link posted there as a reply', async () => {
    const intents = () => discord.gateway.log.identifies.map((i) => i.intents);
    expect(intents()).toEqual([discordIntents(false).reduce((a, b) => a | b, 0)]);
    const watch = briefInteraction({
      applicationId: FAKE_APPLICATION_ID,
      guildId: FAKE_GUILD_ID,
      channelId: WATCHED_CHANNEL,
      userId: USER,
      subcommand: 'watch',
      options: [{ name: 'on', type: 5, value: true }],
    });
    discord.gateway.dispatch('INTERACTION_CREATE', watch.payload);
    const editPath = new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${watch.token}/messages/@original$`);
    await waitFor('watch on', () => discord.rest.callsTo('PATCH', editPath).length === 1);
    expect((discord.rest.callsTo('PATCH', editPath)[0]?.body as { content: string }).content).toMatch(
      /^Watching this channel/,
    );
    expect(intents()[1]).toBe(discordIntents(true).reduce((a, b) => a | b, 0));

    const message = guildMessage({
      guildId: FAKE_GUILD_ID,
      channelId: WATCHED_CHANNEL,
      userId: USER,
      content: `Timetables frozen: ${site.url}/watched-article`,
    });
    discord.gateway.dispatch('MESSAGE_CREATE', message);
    await waitFor('the reply with the brief', () => channelPosts(WATCHED_CHANNEL).length === 1);
    const post = channelPosts(WATCHED_CHANNEL)[0];
    expect(post?.body.message_reference).toEqual({ message_id: message.id, fail_if_not_exists: false });
    expect(JSON.stringify(post?.embeds)).toContain('Marguerite Olsen');
  });
});
