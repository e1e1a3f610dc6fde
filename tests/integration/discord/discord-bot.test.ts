import { dispatchCommand } from '../../../commands/dispatch';
import type { CommandDeps } from '../../../commands/command-deps';
import { createDiscordBot, discordIntents, type DiscordBot } from '../../../src/chat/discord/discord-bot';
import { fixedClock } from '../../../src/clock/clock';
import { silentLogger } from '../../../src/logging/logger';
import {
  briefInteraction,
  guildMessage,
  MEMBER_PERMISSIONS,
  type OptionPayload,
} from '../../fakes/fake-discord/discord-payloads';
import {
  FAKE_APPLICATION_ID,
  FAKE_CHANNEL_ID,
  FAKE_GUILD_ID,
  FAKE_TOKEN,
  startFakeDiscord,
  type FakeDiscord,
} from '../../fakes/fake-discord/fake-discord';
import { InMemoryChannelSettingsStore } from '../../fakes/in-memory-channel-settings-store';
import { RecordingIntake } from '../../fakes/recording-intake';
import { waitFor } from '../../support/wait-for';

const USER = '444444444444444444';

describe('Discord bot against a fake Discord gateway', () => {
  let discord: FakeDiscord;
  let bot: DiscordBot;
  let intake: RecordingIntake;
  let settings: InMemoryChannelSettingsStore;

  beforeAll(async () => {
    discord = await startFakeDiscord({ heartbeatIntervalMs: 500 });
    intake = new RecordingIntake();
    settings = new InMemoryChannelSettingsStore();
    const commandDeps: CommandDeps = {
      intake,
      settings,
      clock: fixedClock(new Date('2024-05-02T09:00:00Z')),
    };
    bot = createDiscordBot(
      { token: FAKE_TOKEN, apiUrl: discord.rest.apiUrl },
      { dispatch: dispatchCommand, commandDeps, intake, settings, logger: silentLogger(), watch: 'on' },
    );
    await bot.start();
  });

  afterAll(async () => {
    await bot.stop();
    await discord.stop();
  });

  function interact(
    subcommand: string,
    options: OptionPayload[] = [],
    type: 2 | 4 = 2,
    permissions?: string,
  ) {
    const i = briefInteraction({
      applicationId: FAKE_APPLICATION_ID,
      guildId: FAKE_GUILD_ID,
      channelId: FAKE_CHANNEL_ID,
      userId: USER,
      subcommand,
      options,
      type,
      ...(permissions !== undefined ? { permissions } : {}),
    });
    discord.gateway.dispatch('INTERACTION_CREATE', i.payload);
    return i;
  }

  const editOf = (token: string) =>
    discord.rest.callsTo(
      'PATCH',
      new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${token}/messages/@original$`),
    );

  it('identifies with the message content intent when watching is on', () => {
    const identify = discord.gateway.log.identifies[0];
    expect(identify?.token).toBe(FAKE_TOKEN);
    const expected = discordIntents(true).reduce((a, b) => a | b, 0);
    expect(identify?.intents).toBe(expected);
  });

  it('defers /brief link in the channel as "Briefing <host>…", queues the link to replace it and tells the person privately', async () => {
    const i = interact('link', [{ name: 'url', type: 3, value: 'http://127.0.0.1:9/news/summit-talks' }]);
    const followUps = () =>
      discord.rest.callsTo('POST', new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${i.token}$`));
    await waitFor('the private follow-up', () => followUps().length === 1);

    const callback = discord.rest.callsTo('POST', new RegExp(`^/interactions/${i.id}/${i.token}/callback$`));
    expect(callback).toHaveLength(1);
    // Deferred without the ephemeral flag: the reply is a channel message everyone sees.
    expect(callback[0]?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(callback[0]?.authorization).toBeUndefined();
    const edit = editOf(i.token)[0]?.body as { content: string; allowed_mentions: unknown };
    expect(edit).toMatchObject({ content: 'Briefing 127.0.0.1…', allowed_mentions: { parse: [] } });

    expect(intake.submissions.at(-1)).toEqual({
      url: 'http://127.0.0.1:9/news/summit-talks',
      destination: {
        platform: 'discord',
        channel: FAKE_CHANNEL_ID,
        workspace: FAKE_GUILD_ID,
        placeholder: '@original',
        requester: { user: USER, interactionToken: i.token },
      },
    });
    const answer = followUps()[0]?.body as { content: string; flags: number; allowed_mentions: unknown };
    expect(answer.content).toMatch(/Queued http:\/\/127\.0\.0\.1:9\/news\/summit-talks/);
    expect(answer.flags).toBe(64);
    expect(answer.allowed_mentions).toEqual({ parse: [] });
  });

  it('removes the placeholder when the link cannot be briefed, answering privately', async () => {
    const i = interact('link', [{ name: 'url', type: 3, value: 'ftp://127.0.0.1/file' }]);
    const followUps = () =>
      discord.rest.callsTo('POST', new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${i.token}$`));
    await waitFor('the private follow-up', () => followUps().length === 1);
    expect(
      discord.rest.callsTo(
        'DELETE',
        new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${i.token}/messages/@original$`),
      ),
    ).toHaveLength(1);
    expect((followUps()[0]?.body as { flags: number }).flags).toBe(64);
  });

  it('refuses settings to a member without Manage Channels, checked on each interaction, and lets them read', async () => {
    const ref = { platform: 'discord' as const, channel: FAKE_CHANNEL_ID };
    const before = await settings.get(ref);
    const denied = interact('tz', [{ name: 'zone', type: 3, value: 'Asia/Tokyo' }], 2, MEMBER_PERMISSIONS);
    await waitFor('the refusal', () => editOf(denied.token).length === 1);
    expect((editOf(denied.token)[0]?.body as { content: string }).content).toMatch(
      /^Sorry, only members with the Manage Channels permission can change the time zone for this channel/,
    );
    expect(await settings.get(ref)).toEqual(before);
    const read = interact('tz', [], 2, MEMBER_PERMISSIONS);
    await waitFor('the reading reply', () => editOf(read.token).length === 1);
    expect((editOf(read.token)[0]?.body as { content: string }).content).toMatch(
      /^This channel’s time zone is/,
    );
    const allowed = interact('tz', [{ name: 'zone', type: 3, value: 'Asia/Tokyo' }]);
    await waitFor('the change', () => editOf(allowed.token).length === 1);
    expect((await settings.get(ref)).timezone).toBe('Asia/Tokyo');
    await settings.update(ref, { timezone: before.timezone });
  });

  it('turns typed options into the shared commands: watch on:true watches the channel', async () => {
    const i = interact('watch', [{ name: 'on', type: 5, value: true }]);
    await waitFor('the reply edit', () => editOf(i.token).length === 1);
    expect(await settings.isWatched({ platform: 'discord', channel: FAKE_CHANNEL_ID })).toBe(true);
    expect((editOf(i.token)[0]?.body as { content: string }).content).toMatch(/Watching this channel/);
  });

  it('briefs a link posted in a watched channel as a reply to that message, and ignores bots', async () => {
    await settings.update({ platform: 'discord', channel: FAKE_CHANNEL_ID }, { watch: true });
    const before = intake.submissions.length;
    discord.gateway.dispatch(
      'MESSAGE_CREATE',
      guildMessage({
        guildId: FAKE_GUILD_ID,
        channelId: FAKE_CHANNEL_ID,
        userId: '555555555555555555',
        content: 'from a bot https://127.0.0.1/bot-link',
        bot: true,
      }),
    );
    const msg = guildMessage({
      guildId: FAKE_GUILD_ID,
      channelId: FAKE_CHANNEL_ID,
      userId: USER,
      content: 'Worth a read: <http://127.0.0.1:9/news/ceasefire-vote>',
    });
    discord.gateway.dispatch('MESSAGE_CREATE', msg);
    await waitFor('the watched link', () => intake.submissions.length > before);
    expect(intake.submissions.slice(before)).toEqual([
      {
        url: 'http://127.0.0.1:9/news/ceasefire-vote',
        destination: {
          platform: 'discord',
          channel: FAKE_CHANNEL_ID,
          workspace: FAKE_GUILD_ID,
          replyTo: msg.id,
          requester: { user: USER, messageId: msg.id },
        },
      },
    ]);
    // 👀 on the person's message: seen, being briefed.
    await waitFor(
      'the 👀 reaction',
      () => discord.rest.callsTo('PUT', new RegExp(`/messages/${msg.id}/reactions/👀/@me$`)).length === 1,
    );
  });

  it('suggests IANA zones while /brief tz zone is typed', async () => {
    const i = interact('tz', [{ name: 'zone', type: 3, value: 'paris', focused: true }], 4);
    const path = new RegExp(`^/interactions/${i.id}/${i.token}/callback$`);
    await waitFor('the autocomplete answer', () => discord.rest.callsTo('POST', path).length === 1);
    const body = discord.rest.callsTo('POST', path)[0]?.body as {
      type: number;
      data: { choices: { value: string }[] };
    };
    expect(body.type).toBe(8);
    expect(body.data.choices.map((c) => c.value)).toContain('Europe/Paris');
  });

  it('resumes after the gateway drops the socket, and the next interaction still works', async () => {
    const resumed = discord.gateway.next('resumed');
    discord.gateway.drop();
    await resumed;
    expect(discord.gateway.log.resumes).toHaveLength(1);
    expect(discord.gateway.log.identifies).toHaveLength(1);

    const i = interact('help');
    await waitFor('the reply after resuming', () => editOf(i.token).length === 1);
    expect((editOf(i.token)[0]?.body as { content: string }).content).toMatch(/\/brief/);
  });

  it('replays an interaction sent while the socket was down once it resumes', async () => {
    const resumed = discord.gateway.next('resumed');
    discord.gateway.drop();
    const i = interact('link', [
      { name: 'url', type: 3, value: 'http://127.0.0.1:9/news/missed-while-down' },
    ]);
    await resumed;
    // The private answer comes after the link was queued (the placeholder edit comes before).
    await waitFor(
      'the replayed interaction',
      () =>
        discord.rest.callsTo('POST', new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${i.token}$`)).length ===
        1,
    );
    expect(intake.submissions.at(-1)?.url).toBe('http://127.0.0.1:9/news/missed-while-down');
  });
});

describe('Discord bot with DISCORD_WATCH=off', () => {
  let discord: FakeDiscord;
  let bot: DiscordBot;
  let settings: InMemoryChannelSettingsStore;

  beforeAll(async () => {
    discord = await startFakeDiscord();
    const intake = new RecordingIntake();
    settings = new InMemoryChannelSettingsStore();
    const commandDeps: CommandDeps = {
      intake,
      settings,
      clock: fixedClock(new Date('2024-05-02T09:00:00Z')),
    };
    bot = createDiscordBot(
      { token: FAKE_TOKEN, apiUrl: discord.rest.apiUrl },
      { dispatch: dispatchCommand, commandDeps, intake, settings, logger: silentLogger(), watch: 'off' },
    );
    await bot.start();
  });

  afterAll(async () => {
    await bot.stop();
    await discord.stop();
  });

  it('does not ask for the privileged Message Content intent', () => {
    expect(discord.gateway.log.identifies[0]?.intents).toBe(discordIntents(false).reduce((a, b) => a | b, 0));
  });

  it('still turns watching on, and tells the person the admin must enable it', async () => {
    const i = briefInteraction({
      applicationId: FAKE_APPLICATION_ID,
      guildId: FAKE_GUILD_ID,
      channelId: FAKE_CHANNEL_ID,
      userId: USER,
      subcommand: 'watch',
      options: [{ name: 'on', type: 5, value: true }],
    });
    discord.gateway.dispatch('INTERACTION_CREATE', i.payload);
    const path = new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${i.token}/messages/@original$`);
    await waitFor('the reply edit', () => discord.rest.callsTo('PATCH', path).length === 1);
    expect((discord.rest.callsTo('PATCH', path)[0]?.body as { content: string }).content).toMatch(
      /DISCORD_WATCH=off/,
    );
    expect(await settings.isWatched({ platform: 'discord', channel: FAKE_CHANNEL_ID })).toBe(true);
  });
});
