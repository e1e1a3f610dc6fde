import { Worker } from 'bullmq';
import type { CommandDeps } from '../../../commands/command-deps';
import { dispatchCommand } from '../../../commands/dispatch';
import { createRemindProcessor } from '../../../jobs/remind';
import { createDiscordBot, type DiscordBot } from '../../../src/chat/discord/discord-bot';
import { createDiscordRest, DiscordChatPort } from '../../../src/chat/discord/discord-chat-port';
import { fixedClock } from '../../../src/clock/clock';
import { silentLogger } from '../../../src/logging/logger';
import { buttonInteraction, modalSubmitInteraction } from '../../fakes/fake-discord/component-payloads';
import { MEMBER_PERMISSIONS } from '../../fakes/fake-discord/discord-payloads';
import {
  FAKE_APPLICATION_ID,
  FAKE_CHANNEL_ID,
  FAKE_GUILD_ID,
  FAKE_TOKEN,
  startFakeDiscord,
  type FakeDiscord,
} from '../../fakes/fake-discord/fake-discord';
import type { StoredMessage } from '../../fakes/fake-discord/fake-discord-rest';
import { RecordingIntake } from '../../fakes/recording-intake';
import {
  brief,
  createEventsHarness,
  plannedReminders,
  type EventsHarness,
} from '../../support/events-harness';
import { waitFor } from '../../support/wait-for';

const MANAGER = '444444444444444444';
const MEMBER = '555555555555555555';
const channel = { platform: 'discord' as const, channel: FAKE_CHANNEL_ID };

interface Row {
  type: number;
  components: { type: number; label: string; custom_id: string; style: number }[];
}

describe('Discord: the buttons under a brief’s dates, through real discord.js and the fake Discord', () => {
  const clock = fixedClock('2030-03-03T09:00:00Z');
  let discord: FakeDiscord;
  let h: EventsHarness;
  let port: DiscordChatPort;
  let bot: DiscordBot;
  let worker: Worker | undefined;
  let posted: StoredMessage;
  let rows: Row[];

  const transit = brief({
    title: 'Transit board schedules fare vote',
    next: [
      {
        date: '2030-03-10',
        time: null,
        timezone: null,
        what: 'fare vote @everyone',
        where: null,
        quote: 'The board votes on fares on March 10.',
      },
      {
        date: '2030-03-12',
        time: null,
        timezone: null,
        what: 'anniversary',
        where: null,
        quote: 'The line opened on March 12, 1990.',
      },
    ],
  });

  beforeAll(async () => {
    discord = await startFakeDiscord({ heartbeatIntervalMs: 500 });
    port = new DiscordChatPort({
      rest: createDiscordRest({ token: FAKE_TOKEN, apiUrl: discord.rest.apiUrl }),
      applicationId: FAKE_APPLICATION_ID,
    });
    h = await createEventsHarness({
      clock,
      label: 'discord-buttons',
      chat: (p) => (p === 'discord' ? port : undefined),
    });
    const intake = new RecordingIntake();
    const commandDeps: CommandDeps = { intake, settings: h.settings, clock, events: h.events };
    bot = createDiscordBot(
      { token: FAKE_TOKEN, apiUrl: discord.rest.apiUrl },
      {
        dispatch: dispatchCommand,
        commandDeps,
        intake,
        settings: h.settings,
        logger: silentLogger(),
        watch: 'off',
      },
    );
    await bot.start();
    const ref = await port.post(FAKE_CHANNEL_ID, { kind: 'brief', brief: transit, timezone: 'UTC' });
    await h.events.onDelivered(transit, { ...channel }, ref);
    posted = discord.rest.messages.find((m) => m.id === ref.id)!;
    rows = posted.body.components as Row[];
  });

  afterAll(async () => {
    await worker?.close();
    await bot.stop();
    await h.close();
    await discord.stop();
  });

  const click = (date: number, label: RegExp, userId: string, permissions?: string) => {
    const button = rows[date]!.components.find((b) => label.test(b.label))!;
    const i = buttonInteraction({
      applicationId: FAKE_APPLICATION_ID,
      guildId: FAKE_GUILD_ID,
      userId,
      message: posted,
      customId: button.custom_id,
      ...(permissions !== undefined ? { permissions } : {}),
    });
    discord.gateway.dispatch('INTERACTION_CREATE', i.payload);
    return i;
  };
  const callbackOf = async (i: { id: string; token: string }) => {
    const path = new RegExp(`^/interactions/${i.id}/${i.token}/callback$`);
    await waitFor('the interaction callback', () => discord.rest.callsTo('POST', path).length > 0);
    return discord.rest.callsTo('POST', path)[0]!.body as { type: number; data: Record<string, unknown> };
  };
  const webhook = (method: string, token: string, original = false) =>
    discord.rest.callsTo(
      method,
      new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${token}${original ? '/messages/@original' : ''}$`),
    );

  it('puts a row of Remind me, Not an event and Wrong date… under each date, ids carrying only a reference', () => {
    expect(rows).toHaveLength(2);
    expect(rows[0]!.components.map((b) => b.label)).toEqual([
      'Remind me · Sun 10 Mar',
      'Not an event',
      'Wrong date…',
    ]);
    for (const row of rows) {
      expect(row.type).toBe(1);
      for (const b of row.components) expect(b.custom_id).toMatch(/^bb:(remind|not|date):[0-9a-f]{16}$/);
    }
  });

  it('refuses Not an event to a member without Manage Channels, privately, and keeps the date', async () => {
    const i = click(1, /^Not an event$/, MEMBER, MEMBER_PERMISSIONS);
    expect(await callbackOf(i)).toEqual({ type: 5, data: { flags: 64 } });
    await waitFor('the private answer', () => webhook('PATCH', i.token, true).length > 0);
    const edit = webhook('PATCH', i.token, true)[0]!.body as { content: string };
    expect(edit.content).toMatch(/^Sorry, only members with the Manage Channels permission can change/);
    expect(await h.events.upcoming(channel, 30)).toHaveLength(2);
  });

  it('lets a manager remove a date that is not an event, telling the channel without pings', async () => {
    const i = click(1, /^Not an event$/, MANAGER);
    await waitFor('the public answer', () => webhook('POST', i.token).length > 0);
    const follow = webhook('POST', i.token)[0]!.body as {
      content: string;
      allowed_mentions: unknown;
      flags?: number;
    };
    expect(follow.content).toBe(
      'Removed “anniversary” (Tue 12 Mar 2030) from this channel’s events, calendar and reminders: it was not an event.',
    );
    expect(follow.allowed_mentions).toEqual({ parse: [] });
    expect(follow.flags ?? 0).toBe(0);
    await waitFor('the placeholder removed', () => webhook('DELETE', i.token, true).length > 0);
    expect((await h.events.upcoming(channel, 30)).map((e) => e.what)).toEqual(['fare vote @everyone']);
  });

  it('answers Wrong date… from a member with a private refusal and no modal', async () => {
    const i = click(0, /^Wrong date/, MEMBER, MEMBER_PERMISSIONS);
    const callback = await callbackOf(i);
    expect(callback.type).toBe(4);
    expect(callback.data).toMatchObject({ flags: 64 });
    expect(String(callback.data.content)).toMatch(/^Sorry, only members with the Manage Channels permission/);
  });

  it('opens a modal for a manager; its submission moves the event, reminders follow', async () => {
    const i = click(0, /^Wrong date/, MANAGER);
    const callback = await callbackOf(i);
    expect(callback.type).toBe(9);
    const modal = callback.data as { custom_id: string; components: Row[] };
    expect(modal.custom_id).toMatch(/^bb:datemodal:[0-9a-f]{16}$/);
    const input = modal.components[0]!.components[0] as unknown as { custom_id: string; type: number };
    expect(input.type).toBe(4);

    const submit = (value: string) => {
      const s = modalSubmitInteraction({
        applicationId: FAKE_APPLICATION_ID,
        guildId: FAKE_GUILD_ID,
        channelId: FAKE_CHANNEL_ID,
        userId: MANAGER,
        customId: modal.custom_id,
        values: { [input.custom_id]: value },
      });
      discord.gateway.dispatch('INTERACTION_CREATE', s.payload);
      return s;
    };
    const bad = submit('someday');
    await waitFor('the private problem', () => webhook('PATCH', bad.token, true).length > 0);
    expect((webhook('PATCH', bad.token, true)[0]!.body as { content: string }).content).toMatch(
      /^“someday” isn’t a date I can use/,
    );

    const good = submit('2030-03-17');
    await waitFor('the public answer', () => webhook('POST', good.token).length > 0);
    expect((webhook('POST', good.token)[0]!.body as { content: string }).content).toBe(
      'Corrected “fare vote @everyone”: Sun 17 Mar 2030 (was Sun 10 Mar 2030). Its reminders and the calendar follow.',
    );
    const planned = Object.values(await plannedReminders(h.reminderQueue)).sort();
    expect(planned).toEqual(['2030-03-16T09:00:00.000Z', '2030-03-17T09:00:00.000Z']);
  });

  it('gives any member a reminder by direct message, once', async () => {
    const i = click(0, /^Remind me/, MEMBER, MEMBER_PERMISSIONS);
    await waitFor('the private answer', () => webhook('PATCH', i.token, true).length > 0);
    expect((webhook('PATCH', i.token, true)[0]!.body as { content: string }).content).toBe(
      'I’ll remind you of “fare vote @everyone” (Sun 17 Mar 2030) by direct message on Sat 16 Mar 2030 09:00 (UTC).',
    );
    worker = new Worker('reminders', createRemindProcessor({ events: h.events }), {
      connection: h.connection,
      prefix: h.prefix,
    });
    const personal = (await h.reminderQueue.getDelayed()).find((j) => j.id?.endsWith(`-me-${MEMBER}`))!;
    clock.set('2030-03-16T09:00:00Z');
    await personal.promote();
    await waitFor('the DM channel', () => discord.rest.dmChannels.has(MEMBER));
    const dm = discord.rest.dmChannels.get(MEMBER)!;
    await waitFor('the direct message', () => discord.rest.messages.some((m) => m.channel_id === dm));
    const sent = discord.rest.messages.filter((m) => m.channel_id === dm);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(sent[0]!.embeds)).toMatch(/tomorrow/);
  });
});
