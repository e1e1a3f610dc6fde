import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { platformPlugins, type Closeable } from '../../../src/app/plugins/platform-plugins';
import { startServe } from '../../../src/app/roots/serve';
import { systemClock } from '../../../src/clock/clock';
import { loadConfig } from '../../../src/config/config';
import { feedIdOf } from '../../../src/feeds/feed-ids';
import { feedJobNames } from '../../../src/feeds/feed-payloads';
import { silentLogger } from '../../../src/logging/logger';
import { queueNames } from '../../../src/queue/queue-names';
import { briefInteraction, MEMBER_PERMISSIONS } from '../../fakes/fake-discord/discord-payloads';
import {
  FAKE_APPLICATION_ID,
  FAKE_CHANNEL_ID,
  FAKE_GUILD_ID,
  FAKE_TOKEN,
  startFakeDiscord,
  type FakeDiscord,
} from '../../fakes/fake-discord/fake-discord';
import { startFakeFeedServer, type FakeFeedServer, type ServedFeed } from '../../fakes/fake-feed-server';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { freePort } from '../../support/redis-server';
import { postToSlackEndpoint, slackSignatureHeaders, slashCommandBody } from '../../support/slack-signing';
import { deletePrefix } from '../../support/test-service';
import { waitFor } from '../../support/wait-for';
import { newsItem } from './feed-harness';

const secret = 'feeds-signing-secret-91c2';

describe('followed feeds through real Bolt and real discord.js', () => {
  let slack: FakeSlackApi;
  let discord: FakeDiscord;
  let server: FakeFeedServer;
  let serve: Closeable;
  let base: string;
  let prefix: string;
  let redis: Redis;
  let feedsQueue: Queue;
  const slackFeed: ServedFeed = { format: 'rss', title: 'Harbour Gazette', items: [] };
  const discordFeed: ServedFeed = { format: 'atom', title: 'Valley Wire', items: [] };

  beforeAll(async () => {
    slack = await startFakeSlackApi();
    discord = await startFakeDiscord({ channelIds: [FAKE_CHANNEL_ID] });
    server = await startFakeFeedServer();
    slackFeed.items.push(newsItem(server, 'Old harbour story'));
    discordFeed.items.push(newsItem(server, 'Old valley story'));
    server.serveFeed('/gazette.rss', slackFeed);
    server.serveFeed('/valley.atom', discordFeed);
    server.servePage('/valley/', '/valley.atom', 'application/atom+xml');
    prefix = uniquePrefix('feeds-e2e');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      BRIEFBOT_PREFIX: prefix,
      HTTP_PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-feeds',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
      DISCORD_API_URL: discord.rest.apiUrl,
      BRIEFBOT_FETCH_ALLOW: server.host,
      WORKER_CONCURRENCY: '2',
      FEED_POLL_SECONDS: '3600',
    });
    serve = await startServe({
      config,
      logger: silentLogger(),
      clock: systemClock,
      plugins: platformPlugins,
    });
    redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    feedsQueue = new Queue(queueNames.feeds, { connection: redis, prefix });
  });

  afterAll(async () => {
    await feedsQueue?.close();
    redis?.disconnect();
    await serve?.close();
    await deletePrefix(testRedisUrl(), prefix);
    await server?.close();
    await discord?.stop();
    await slack?.close();
  });

  /** A poll of the feed now, as its scheduler would add it. */
  const pollNow = (path: string) =>
    feedsQueue.add(feedJobNames.poll, { feedId: feedIdOf(`${server.url}${path}`) });

  const slash = async (text: string, user = 'U0ALICE', id = `r${Math.random()}`) => {
    const body = slashCommandBody({ text, channel: 'C0FEEDS', user, responseUrl: slack.responseUrl(id) });
    const res = await postToSlackEndpoint(
      `${base}/slack/events`,
      body,
      slackSignatureHeaders(secret, body),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    return { text: (JSON.parse(res.text) as { text: string }).text, id };
  };
  /** Private follow-ups to the person (the worker falls back to chat.postEphemeral off hooks.slack.com). */
  const responses = (_id: string) =>
    slack.calls
      .filter(
        (c) => c.method === 'chat.postEphemeral' && c.body.user === 'U0ALICE' && c.body.channel === 'C0FEEDS',
      )
      .map((c) => String(c.body.text));

  it('Slack: a manager follows a feed, is told what was found, and only later items are briefed into the channel', async () => {
    const refused = await slash(`follow ${server.url}/gazette.rss`, 'U0BOB');
    expect(refused.text).toMatch(/^Sorry, only .* can change the feeds this channel follows/);

    const asked = await slash(`follow ${server.url}/gazette.rss include:ferry,harbour`);
    expect(asked.text).toBe(
      `Checking ${server.url}/gazette.rss for a feed… I’ll tell you here what I found.`,
    );
    await waitFor('the follow answer', () => responses(asked.id).length > 0, 20000);
    expect(responses(asked.id)[0]).toBe(
      `Following Harbour Gazette: ${server.url}/gazette.rss. New items will be briefed in this channel (only items mentioning ferry, harbour); the 1 already in it are not posted.`,
    );

    slackFeed.items.push(newsItem(server, 'Harbour ferry fares frozen'), newsItem(server, 'Cinema closes'));
    await pollNow('/gazette.rss');
    const [post] = await slack.waitFor('chat.postMessage', 1, 20000);
    expect(post?.body.channel).toBe('C0FEEDS');
    expect(JSON.stringify(post?.body.blocks)).toContain('Harbour ferry fares frozen');

    const list = await slash('feeds');
    expect(list.text).toMatch(/^This channel follows 1 feed:/);
    expect(list.text).toContain(`Harbour Gazette — ${server.url}/gazette.rss · active · last poll 20`);
    await waitFor('posted count', async () => (await slash('feeds')).text.includes('1 posted'), 10000);

    const gone = await slash(`unfollow ${server.url}/gazette.rss`);
    expect(gone.text).toBe(
      `Unfollowed Harbour Gazette (${server.url}/gazette.rss): no more of its items will be posted here.`,
    );
    expect((await slash('feeds')).text).toMatch(/^This channel follows no feeds/);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('Discord: a member without Manage Channels is refused /brief follow, and nothing is followed', async () => {
    const i = briefInteraction({
      applicationId: FAKE_APPLICATION_ID,
      guildId: FAKE_GUILD_ID,
      channelId: FAKE_CHANNEL_ID,
      userId: '555555555555555555',
      subcommand: 'follow',
      options: [{ name: 'url', type: 3, value: `${server.url}/valley/` }],
      permissions: MEMBER_PERMISSIONS,
    });
    const feedGets = () => server.conditional.get('/valley.atom')?.length ?? 0;
    const before = feedGets();
    discord.gateway.dispatch('INTERACTION_CREATE', i.payload);
    const replies = () =>
      discord.rest
        .callsTo('PATCH', new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${i.token}/messages/@original$`))
        .map((c) => String((c.body as { content?: string }).content));
    await waitFor('the refusal', () => replies().length > 0, 20000);
    expect(replies()[0]).toMatch(
      /^Sorry, only members with the Manage Channels permission can change the feeds this channel follows/,
    );
    // Refused before anything is fetched: the feed was never read.
    expect(feedGets()).toBe(before);
  });

  it('Discord: /brief follow url: include: on a page follows the feed it advertises and briefs new items', async () => {
    const i = briefInteraction({
      applicationId: FAKE_APPLICATION_ID,
      guildId: FAKE_GUILD_ID,
      channelId: FAKE_CHANNEL_ID,
      userId: '444444444444444444',
      subcommand: 'follow',
      options: [
        { name: 'url', type: 3, value: `${server.url}/valley/` },
        { name: 'include', type: 3, value: 'bridge' },
      ],
    });
    discord.gateway.dispatch('INTERACTION_CREATE', i.payload);
    const followUps = () =>
      discord.rest
        .callsTo('POST', new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${i.token}$`))
        .map((c) => String((c.body as { content?: string }).content));
    await waitFor('the follow-up', () => followUps().length > 0, 20000);
    expect(followUps()[0]).toBe(
      `Following Valley Wire: ${server.url}/valley.atom (found on ${server.url}/valley/). New items will be briefed in this channel (only items mentioning bridge); the 1 already in it are not posted.`,
    );

    discordFeed.items.push(newsItem(server, 'Bridge tolls scrapped'), newsItem(server, 'Orchard festival'));
    await pollNow('/valley.atom');
    const posts = () => discord.rest.messages.filter((m) => m.channel_id === FAKE_CHANNEL_ID);
    await waitFor('the brief in the Discord channel', () => posts().length === 1, 20000);
    expect(JSON.stringify(posts()[0]?.embeds)).toContain('Bridge tolls scrapped');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^briefbot_feed_polls_total\{outcome="new_items"\} [1-9]/m);
    expect(metrics).toMatch(/^briefbot_feed_items_total\{outcome="filtered"\} [1-9]/m);
    expect(metrics).toMatch(/^briefbot_feed_items_total\{outcome="briefed"\} [1-9]/m);
  });
});
