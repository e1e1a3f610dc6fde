import { Redis } from 'ioredis';
import pino from 'pino';
import { dispatchCommand } from '../../../commands/dispatch';
import type { CommandDeps } from '../../../commands/command-deps';
import { createDiscordBot, discordIntents, type DiscordBot } from '../../../src/chat/discord/discord-bot';
import type { DiscordWatchMode } from '../../../src/chat/discord/discord-input-deps';
import { fixedClock } from '../../../src/clock/clock';
import { RedisChannelSettingsStore } from '../../../src/storage/redis/redis-channel-settings-store';
import {
  briefInteraction,
  guildMessage,
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
import { RecordingIntake } from '../../fakes/recording-intake';
import { testRedisUrl, uniquePrefix } from '../../support/redis';
import { waitFor } from '../../support/wait-for';

const USER = '444444444444444444';
const OTHER_CHANNEL = '333333333333333999';
const WITH_CONTENT = discordIntents(true).reduce((a, b) => a | b, 0);
const WITHOUT_CONTENT = discordIntents(false).reduce((a, b) => a | b, 0);

/** One bot against one fake Discord, with real Redis settings and the log lines it wrote. */
interface Rig {
  discord: FakeDiscord;
  bot: DiscordBot;
  intake: RecordingIntake;
  settings: RedisChannelSettingsStore;
  logs: { level: number; msg: string }[];
}

const redis = new Redis(testRedisUrl(), { lazyConnect: true, maxRetriesPerRequest: 1 });
const rigs: Rig[] = [];
const prefixes: string[] = [];

afterAll(async () => {
  for (const rig of rigs) {
    await rig.bot.stop().catch(() => undefined);
    await rig.discord.stop();
  }
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  redis.disconnect();
});

async function rig(input: {
  watch: DiscordWatchMode;
  watched?: string[];
  refusePrivilegedIntents?: boolean;
  start?: boolean;
}): Promise<Rig> {
  const prefix = uniquePrefix('discord-intent');
  prefixes.push(prefix);
  const settings = new RedisChannelSettingsStore(redis, prefix, 'UTC');
  for (const channel of input.watched ?? [])
    await settings.update({ platform: 'discord', channel }, { watch: true });
  const discord = await startFakeDiscord({
    heartbeatIntervalMs: 500,
    channelIds: [FAKE_CHANNEL_ID, OTHER_CHANNEL],
    refusePrivilegedIntents: input.refusePrivilegedIntents ?? false,
  });
  const logs: Rig['logs'] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => logs.push(JSON.parse(line) as Rig['logs'][0]) },
  );
  const intake = new RecordingIntake();
  const commandDeps: CommandDeps = { intake, settings, clock: fixedClock(new Date('2024-05-02T09:00:00Z')) };
  const bot = createDiscordBot(
    { token: FAKE_TOKEN, apiUrl: discord.rest.apiUrl },
    { dispatch: dispatchCommand, commandDeps, intake, settings, logger, watch: input.watch },
  );
  const r = { discord, bot, intake, settings, logs };
  rigs.push(r);
  if (input.start ?? true) await bot.start();
  return r;
}

/**
 * Sends `/brief <subcommand>` and resolves with the answer's text: the edited reply, or for a link
 * (whose reply is the public "Briefing <host>…" placeholder) the private follow-up.
 */
async function command(r: Rig, subcommand: string, options: OptionPayload[]): Promise<string> {
  const i = briefInteraction({
    applicationId: FAKE_APPLICATION_ID,
    guildId: FAKE_GUILD_ID,
    channelId: FAKE_CHANNEL_ID,
    userId: USER,
    subcommand,
    options,
  });
  r.discord.gateway.dispatch('INTERACTION_CREATE', i.payload);
  if (subcommand === 'link') {
    const followUp = new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${i.token}$`);
    await waitFor(
      'the private answer to /brief link',
      () => r.discord.rest.callsTo('POST', followUp).length === 1,
    );
    return (r.discord.rest.callsTo('POST', followUp)[0]?.body as { content: string }).content;
  }
  const path = new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${i.token}/messages/@original$`);
  await waitFor(
    `the reply to /brief ${subcommand}`,
    () => r.discord.rest.callsTo('PATCH', path).length === 1,
  );
  return (r.discord.rest.callsTo('PATCH', path)[0]?.body as { content: string }).content;
}

const watchOn = (r: Rig) => command(r, 'watch', [{ name: 'on', type: 5, value: true }]);
const link = (r: Rig, url: string) => command(r, 'link', [{ name: 'url', type: 3, value: url }]);

function postMessage(r: Rig, content: string) {
  const message = guildMessage({ guildId: FAKE_GUILD_ID, channelId: FAKE_CHANNEL_ID, userId: USER, content });
  r.discord.gateway.dispatch('MESSAGE_CREATE', message);
  return message;
}

const warnings = (r: Rig) => r.logs.filter((l) => l.level === 40).map((l) => l.msg);

describe('DISCORD_WATCH=auto: the Message Content intent only while some channel is watched', () => {
  it('connects without the privileged intent when no Discord channel is watched', async () => {
    const r = await rig({ watch: 'auto' });
    expect(r.discord.gateway.log.identifies.map((i) => i.intents)).toEqual([WITHOUT_CONTENT]);
    expect(r.bot.readingMessages).toBe(false);
  });

  it('does not count a watched Slack channel as a reason to ask Discord for the intent', async () => {
    const r = await rig({ watch: 'auto', start: false });
    await r.settings.update({ platform: 'slack', channel: 'C0NEWSROOM' }, { watch: true });
    await r.bot.start();
    expect(r.discord.gateway.log.identifies.map((i) => i.intents)).toEqual([WITHOUT_CONTENT]);
  });

  it('connects with the intent when Redis already holds a watched Discord channel', async () => {
    const r = await rig({ watch: 'auto', watched: [OTHER_CHANNEL] });
    expect(r.discord.gateway.log.identifies.map((i) => i.intents)).toEqual([WITH_CONTENT]);
  });

  it('reconnects with the intent when /brief watch on watches the first channel, then briefs posted links', async () => {
    const r = await rig({ watch: 'auto' });
    expect(await watchOn(r)).toMatch(/^Watching this channel/);
    expect(r.discord.gateway.log.identifies.map((i) => i.intents)).toEqual([WITHOUT_CONTENT, WITH_CONTENT]);
    expect(r.bot.readingMessages).toBe(true);

    const message = postMessage(r, 'Council vote moved: http://127.0.0.1:9/news/council-vote');
    await waitFor('the watched link', () => r.intake.submissions.length === 1);
    expect(r.intake.submissions[0]).toEqual({
      url: 'http://127.0.0.1:9/news/council-vote',
      destination: {
        platform: 'discord',
        channel: FAKE_CHANNEL_ID,
        workspace: FAKE_GUILD_ID,
        replyTo: message.id,
        requester: { user: USER, messageId: message.id },
      },
    });

    // Slash commands keep working on the new connection, and a second watch needs no reconnect.
    expect(await link(r, 'http://127.0.0.1:9/news/harbour-plan')).toMatch(/^Queued/);
    expect(await watchOn(r)).toMatch(/^Watching this channel/);
    expect(r.discord.gateway.log.identifies).toHaveLength(2);
  });

  it('when Discord refuses the intent at start (4014): warns how to enable it and runs slash commands without it', async () => {
    const r = await rig({ watch: 'auto', watched: [FAKE_CHANNEL_ID], refusePrivilegedIntents: true });
    expect(r.discord.gateway.log.identifies.map((i) => [i.intents, i.refused])).toEqual([
      [WITH_CONTENT, true],
      [WITHOUT_CONTENT, false],
    ]);
    expect(warnings(r)).toHaveLength(1);
    expect(warnings(r)[0]).toMatch(/Privileged Gateway Intents → Message Content Intent/);
    expect(await link(r, 'http://127.0.0.1:9/news/budget-talks')).toMatch(
      /^Queued http:\/\/127\.0\.0\.1:9\/news\/budget-talks/,
    );
    expect(r.intake.submissions.map((s) => s.url)).toEqual(['http://127.0.0.1:9/news/budget-talks']);
  });

  it('when Discord refuses the intent after /brief watch on: saves the setting, tells the admin, and tries again at the next watch on', async () => {
    const r = await rig({ watch: 'auto', refusePrivilegedIntents: true });
    const reply = await watchOn(r);
    expect(reply).toMatch(/^Watching this channel/);
    expect(reply).toMatch(/Discord refused briefbot the Message Content intent/);
    expect(reply).toMatch(/Bot → Privileged Gateway Intents → Message Content Intent/);
    expect(await r.settings.isWatched({ platform: 'discord', channel: FAKE_CHANNEL_ID })).toBe(true);
    expect(warnings(r)).toHaveLength(1);
    expect(await link(r, 'http://127.0.0.1:9/news/port-strike')).toMatch(/^Queued/);

    r.discord.gateway.refusePrivilegedIntents = false; // the admin flips the portal switch
    expect(await watchOn(r)).not.toMatch(/refused/);
    expect(r.discord.gateway.log.identifies.map((i) => [i.intents, i.refused])).toEqual([
      [WITHOUT_CONTENT, false],
      [WITH_CONTENT, true],
      [WITH_CONTENT, false],
    ]);
    postMessage(r, 'Follow-up: http://127.0.0.1:9/news/port-strike-day-two');
    await waitFor('the watched link', () => r.intake.submissions.length === 2);
  });
});

describe('DISCORD_WATCH=on and off force the choice', () => {
  it('on: fails at start with what to do when Discord refuses the intent', async () => {
    const r = await rig({ watch: 'on', refusePrivilegedIntents: true, start: false });
    await expect(r.bot.start()).rejects.toMatchObject({
      code: 'DISCORD_DISALLOWED_INTENTS',
      message: expect.stringMatching(/Message Content Intent/) as unknown,
    });
  });

  it('off: never asks for the intent, even with a watched channel and after /brief watch on', async () => {
    const r = await rig({ watch: 'off', watched: [OTHER_CHANNEL] });
    expect(await watchOn(r)).toMatch(/DISCORD_WATCH=off/);
    expect(r.discord.gateway.log.identifies.map((i) => i.intents)).toEqual([WITHOUT_CONTENT]);
  });
});
