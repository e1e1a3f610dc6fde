import { fixedClock } from '../../../src/clock/clock';
import { renderDiscordMessage } from '../../../src/chat/discord/discord-message-renderer';
import { renderSlackMessage } from '../../../src/chat/slack/slack-renderer';
import type { ChatMessage } from '../../../src/core/chat-message';
import { brief, createEventsHarness, type EventsHarness } from '../../support/events-harness';

const channel = { platform: 'test' as const, channel: 'C-NYC' };
/** 07:00 in New York on 10 December 2026 (EST, UTC-5) is 12:00 UTC. */
const instant = Date.UTC(2026, 11, 10, 12) / 1000;

const discordText = (m: ChatMessage) => JSON.stringify(renderDiscordMessage(m));
const slackText = (m: ChatMessage) => JSON.stringify(renderSlackMessage(m));

describe('a time the article gave without a zone is one instant everywhere, in the channel’s zone', () => {
  const clock = fixedClock('2026-12-09T11:00:00Z');
  let h: EventsHarness;
  const hearing = brief({
    title: 'Transit board schedules fare hearing',
    published: '2026-12-01',
    next: [
      {
        date: '2026-12-10',
        time: '07:00',
        timezone: null,
        what: 'fare hearing',
        where: 'City Hall',
        quote: 'The board will hold a fare hearing at 7 a.m. on December 10.',
      },
    ],
  });

  beforeAll(async () => {
    h = await createEventsHarness({ clock, label: 'one-instant' });
    await h.settings.update(channel, { timezone: 'America/New_York', reminderLeads: ['1d'] });
    await h.events.onDelivered(hearing, { ...channel }, { ...channel, id: 'brief-1' });
  });
  afterAll(async () => h.close());

  it('shows the same instant in the brief, /brief events, the reminder, the digest and the ICS feed', async () => {
    const briefMessage: ChatMessage = { kind: 'brief', brief: hearing, timezone: 'America/New_York' };
    expect(discordText(briefMessage)).toContain(`<t:${instant}:f>`);
    expect(slackText(briefMessage)).toContain(
      `<!date^${instant}^{date_short_pretty} {time}|Thu 10 Dec 2026 07:00 (America/New_York)>`,
    );

    const upcoming = await h.events.upcoming(channel, 14);
    expect(upcoming).toHaveLength(1);
    expect(upcoming[0]).toMatchObject({ date: '2026-12-10', time: '07:00', at: instant * 1000 });
    const eventsMessage: ChatMessage = {
      kind: 'events',
      events: upcoming,
      days: 14,
      timezone: 'America/New_York',
    };
    expect(discordText(eventsMessage)).toContain(`<t:${instant}:f>`);
    expect(slackText(eventsMessage)).toContain(`<!date^${instant}^`);

    const [event] = await h.events.ledger.list(channel, { after: 0, before: Number.MAX_SAFE_INTEGER });
    expect(event?.startsAt).toBe(instant * 1000);
    const sent = await h.events.sendReminder({
      ...channel,
      eventId: event!.id,
      lead: '1d',
      at: instant * 1000 - 86_400_000,
    });
    expect(sent.sent).toBe(true);
    const reminder = h.chat.ofKind('reminder')[0]!.message;
    expect(discordText(reminder)).toContain(`<t:${instant}:f> — in 25 hours`);
    expect(slackText(reminder)).toContain(`*In 25 hours:* *<!date^${instant}^`);

    const digest = await h.events.sendDigest(channel, { force: true });
    expect(digest.sent).toBe(true);
    const digestMessage = h.chat.ofKind('digest')[0]!.message;
    expect(discordText(digestMessage)).toContain(`<t:${instant}:f>`);
    expect(slackText(digestMessage)).toContain(`<!date^${instant}^`);

    const token = await h.events.tokens.ensure(channel);
    const ics = (await h.events.calendarFeed(token)) ?? '';
    expect(ics).toContain('DTSTART:20261210T120000Z');
  });
});
