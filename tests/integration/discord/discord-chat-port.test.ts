import { createDiscordRest, DiscordChatPort } from '../../../src/chat/discord/discord-chat-port';
import type { Brief } from '../../../src/engine/brief';
import { ChatPostError } from '../../../src/chat/chat-port';
import {
  FAKE_APPLICATION_ID,
  FAKE_CHANNEL_ID,
  FAKE_TOKEN,
  startFakeDiscord,
  type FakeDiscord,
} from '../../fakes/fake-discord/fake-discord';

const brief: Brief = {
  url: 'https://news.example/world/2024/05/02/harbour-accord',
  title: 'Port cities sign harbour accord ahead of June summit',
  site: 'news.example',
  published: '2024-05-02',
  who: [
    { name: 'Amara Okafor', kind: 'person', role: 'Mayor of Lagos' },
    { name: 'Port Authority of Rotterdam', kind: 'organization' },
  ],
  what: 'Six port cities signed an accord on shared shipping data; ministers will review it at a summit in June. @everyone should read it.',
  next: [
    {
      date: '2024-06-12',
      time: null,
      timezone: null,
      what: 'Harbour summit',
      where: 'Rotterdam',
      quote: 'a summit in Rotterdam on June 12',
    },
  ],
  engine: 'local',
};

describe('DiscordChatPort against a fake Discord REST API', () => {
  let discord: FakeDiscord;
  let port: DiscordChatPort;

  beforeAll(async () => {
    discord = await startFakeDiscord();
    port = new DiscordChatPort({
      rest: createDiscordRest({ token: FAKE_TOKEN, apiUrl: discord.rest.apiUrl }),
      applicationId: FAKE_APPLICATION_ID,
    });
  });

  afterAll(async () => {
    await discord.stop();
  });

  const postsTo = (channel: string) =>
    discord.rest.callsTo('POST', new RegExp(`^/channels/${channel}/messages$`));

  it('posts a brief as an embed with the bot token, as a reply, and never pings (@everyone in the article)', async () => {
    const ref = await port.post(FAKE_CHANNEL_ID, { kind: 'brief', brief }, { replyTo: '999000000000000001' });
    const call = postsTo(FAKE_CHANNEL_ID).at(-1);
    expect(call?.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    const body = call?.body as Record<string, unknown> & {
      embeds: {
        title: string;
        url: string;
        description: string;
        fields: { name: string; value: string }[];
      }[];
    };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.message_reference).toEqual({ message_id: '999000000000000001', fail_if_not_exists: false });
    const embed = body.embeds[0];
    expect(embed?.title).toBe(brief.title);
    expect(embed?.url).toBe(brief.url);
    expect(embed?.description).toContain('@everyone');
    expect(embed?.fields.find((f) => f.name === 'Who')?.value).toContain('Amara Okafor');
    const unixNoon = Date.UTC(2024, 5, 12, 12) / 1000;
    expect(embed?.fields.find((f) => f.name === 'Next dates')?.value).toContain(
      `<t:${unixNoon}:D> — Harbour summit · Rotterdam`,
    );
    expect(ref).toEqual({
      platform: 'discord',
      channel: FAKE_CHANNEL_ID,
      id: discord.rest.messages.at(-1)?.id,
    });
  });

  it('waits out a 429 on the channel message and posts it once', async () => {
    const channel = '333333333333333001';
    discord.rest.inject({
      method: 'POST',
      path: new RegExp(`^/channels/${channel}/messages$`),
      status: 429,
      retryAfter: 0.3,
    });
    const ref = await port.post(channel, { kind: 'notice', text: 'Digest time set to 08:00.' });
    expect(postsTo(channel)).toHaveLength(2);
    const stored = discord.rest.messages.filter((m) => m.channel_id === channel);
    expect(stored).toHaveLength(1);
    expect(ref.id).toBe(stored[0]?.id);
  });

  it('does not post twice when a response is lost and the request retried (enforce_nonce)', async () => {
    const channel = '333333333333333002';
    discord.rest.inject({
      method: 'POST',
      path: new RegExp(`^/channels/${channel}/messages$`),
      status: 502,
      afterHandling: true,
    });
    const ref = await port.post(channel, { kind: 'brief', brief });
    expect(postsTo(channel).length).toBeGreaterThanOrEqual(2);
    const stored = discord.rest.messages.filter((m) => m.channel_id === channel);
    expect(stored).toHaveLength(1);
    expect(ref.id).toBe(stored[0]?.id);
  });

  it('reports a missing channel as a permanent failure', async () => {
    discord.rest.inject({ method: 'POST', path: /^\/channels\/333333333333333003\/messages$/, status: 404 });
    const failure = await port
      .post('333333333333333003', { kind: 'notice', text: 'hello' })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ChatPostError);
    expect(failure).toMatchObject({ code: 'DISCORD_NOT_FOUND', retryable: false });
  });

  it('tells the requester privately through the interaction follow-up', async () => {
    await port.notify(
      { user: '444444444444444444', interactionToken: 'itok-notify' },
      FAKE_CHANNEL_ID,
      'That page is not an article: 404 Not Found.',
    );
    const call = discord.rest.callsTo(
      'POST',
      new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/itok-notify$`),
    )[0];
    expect(call?.body).toEqual({
      content: 'That page is not an article: 404 Not Found.',
      flags: 64,
      allowed_mentions: { parse: [] },
    });
    expect(call?.authorization).toBeUndefined();
  });

  it('falls back to a direct message, never a public one, when the interaction expired', async () => {
    const channel = '333333333333333004';
    discord.rest.inject({ method: 'POST', path: /^\/webhooks\/\d+\/itok-expired$/, status: 404 });
    await port.notify(
      { user: '444444444444444444', interactionToken: 'itok-expired' },
      channel,
      'Could not fetch the article.',
    );
    expect(postsTo(channel)).toHaveLength(0);
    const dm = discord.rest.dmChannels.get('444444444444444444');
    expect(dm).toBeDefined();
    const body = postsTo(dm ?? '')[0]?.body as { content: string; allowed_mentions: unknown };
    expect(body.content).toBe(`Could not fetch the article.\n(about your link in <#${channel}>)`);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('tells the poster of a watched link by direct message only', async () => {
    const channel = '333333333333333005';
    await port.notify(
      { user: '555555555555555555', messageId: '777' },
      channel,
      'The site’s secure connection failed.',
    );
    expect(postsTo(channel)).toHaveLength(0);
    const dm = discord.rest.dmChannels.get('555555555555555555') ?? '';
    expect((postsTo(dm)[0]?.body as { content: string }).content).toMatch(
      /^The site’s secure connection failed\./,
    );
  });

  it('swaps the 👀 on a watched link for ✅ when briefed and ⚠️ when it failed', async () => {
    const channel = '333333333333333006';
    await port.mark(channel, '888', 'done');
    await port.mark(channel, '889', 'failed');
    const reactions = discord.rest
      .callsTo('PUT', /^\/channels\/\d+\/messages\/\d+\/reactions\/.+\/@me$/)
      .map((c) => c.path);
    expect(reactions).toEqual([
      `/channels/${channel}/messages/888/reactions/✅/@me`,
      `/channels/${channel}/messages/889/reactions/⚠️/@me`,
    ]);
    expect(discord.rest.callsTo('DELETE', /reactions\/👀\/@me$/).map((c) => c.path)).toEqual([
      `/channels/${channel}/messages/888/reactions/👀/@me`,
      `/channels/${channel}/messages/889/reactions/👀/@me`,
    ]);
  });
});
