import { fixedClock } from '../../../src/clock/clock';
import type { MessageRef } from '../../../src/chat/chat-port';
import { remind } from '../../../commands/remind';
import { events as eventsCommand } from '../../../commands/events';
import { RecordingIntake } from '../../fakes/recording-intake';
import { brief, createEventsHarness, plannedReminders, type EventsHarness } from './events-harness';

const channel = { platform: 'test' as const, channel: 'C-PORT' };
const destination = { platform: 'test' as const, channel: 'C-PORT' };
const ref = (id: string): MessageRef => ({ platform: 'test', channel: 'C-PORT', id });

const talksQuote =
  'Negotiators for the dockworkers’ union and the port operators will meet again in Rotterdam on March 12, the mediator said.';

const firstArticle = brief({
  title: 'Rotterdam dockworkers and port operators to resume wage talks',
  what: 'Wage talks between the dockworkers’ union and Rotterdam port operators resume next week after a one-day stoppage. A strike vote follows.',
  next: [
    {
      date: '2025-03-12',
      time: null,
      timezone: null,
      what: 'wage talks between the dockworkers’ union and port operators',
      where: 'Rotterdam',
      quote: talksQuote,
    },
    {
      date: '2025-03-14',
      time: '10:00',
      timezone: 'Europe/Amsterdam',
      what: 'union strike vote',
      where: null,
      quote: 'Members will hold a strike vote at 10 a.m. on Friday, March 14, the union said.',
    },
    {
      date: '2025-04',
      time: null,
      timezone: null,
      what: 'new container handling tariffs take effect',
      where: null,
      quote: 'New container handling tariffs take effect in April.',
    },
  ],
});

const secondArticle = brief({
  title: 'Port talks back on as Rotterdam stoppage ends',
  next: [
    {
      date: '2025-03-12',
      time: null,
      timezone: null,
      what: 'talks between the union and port operators',
      where: 'Rotterdam',
      quote:
        'Talks between the union and port operators are due to resume on Wednesday, March 12, in Rotterdam.',
    },
  ],
});

const thirdArticle = brief({
  title: 'Rotterdam wage talks pushed back a week',
  next: [
    {
      date: '2025-03-19',
      time: null,
      timezone: null,
      what: 'wage talks between dockworkers’ union and port operators',
      where: 'Rotterdam',
      quote:
        'The next round of wage talks between the dockworkers’ union and port operators has been moved to March 19.',
    },
  ],
});

describe('a channel calendar built from delivered briefs', () => {
  const clock = fixedClock('2025-03-03T12:00:00Z');
  let h: EventsHarness;

  beforeAll(async () => {
    h = await createEventsHarness({ clock, label: 'ledger' });
    await h.settings.update(channel, { timezone: 'Europe/Berlin' });
  });
  afterAll(async () => h.close());

  it('turns three future dates into three events with reminders at the channel’s local times', async () => {
    const outcome = await h.events.onDelivered(firstArticle, destination, ref('m-first'));
    expect(outcome.added).toHaveLength(3);
    const stored = await h.events.ledger.list(channel, {
      after: clock.now().getTime(),
      before: Number.MAX_SAFE_INTEGER,
    });
    expect(stored.map((e) => e.date)).toEqual(['2025-03-12', '2025-03-14', '2025-04']);

    const [talks, vote, tariffs] = stored;
    expect(await plannedReminders(h.reminderQueue)).toEqual({
      // All-day: 09:00 Berlin (UTC+1) the day before and the day itself.
      [`remind-${talks!.id}-test-C-PORT-1d`]: '2025-03-11T08:00:00.000Z',
      [`remind-${talks!.id}-test-C-PORT-0d`]: '2025-03-12T08:00:00.000Z',
      // Timed 10:00 Amsterdam = 09:00Z: 24 h and 1 h before.
      [`remind-${vote!.id}-test-C-PORT-24h`]: '2025-03-13T09:00:00.000Z',
      [`remind-${vote!.id}-test-C-PORT-1h`]: '2025-03-14T08:00:00.000Z',
      // Month-only: first working day of April (Tuesday 1st), 09:00 Berlin summer time (UTC+2).
      [`remind-${tariffs!.id}-test-C-PORT-month`]: '2025-04-01T07:00:00.000Z',
    });
  });

  it('merges a second article about the same meeting into one event with two sources', async () => {
    const outcome = await h.events.onDelivered(secondArticle, destination, ref('m-second'));
    expect(outcome.merged).toHaveLength(1);
    const stored = await h.events.ledger.list(channel, {
      after: clock.now().getTime(),
      before: Number.MAX_SAFE_INTEGER,
    });
    expect(stored).toHaveLength(3);
    const talks = stored.find((e) => e.date === '2025-03-12');
    expect(talks?.sources.map((s) => s.title)).toEqual([firstArticle.title, secondArticle.title]);
    expect(Object.keys(await plannedReminders(h.reminderQueue))).toHaveLength(5);
  });

  it('moves the event when a later article gives a new date: a notice, and its reminders move with it', async () => {
    const before = await plannedReminders(h.reminderQueue);
    const outcome = await h.events.onDelivered(thirdArticle, destination, ref('m-third'));
    expect(outcome.moved).toHaveLength(1);
    const talks = await h.events.ledger.get(channel, outcome.moved[0]!);
    expect(talks).toMatchObject({ date: '2025-03-19', previousDate: '2025-03-12', status: 'rescheduled' });

    const notices = h.chat.ofKind('notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message.text).toMatch(
      /Rescheduled: .*wage talks.* is now 2025-03-19 \(was 2025-03-12\)/,
    );
    expect(notices[0]!.message.link?.url).toBe(thirdArticle.url);

    const after = await plannedReminders(h.reminderQueue);
    expect(after[`remind-${talks!.id}-test-C-PORT-1d`]).toBe('2025-03-18T08:00:00.000Z');
    expect(after[`remind-${talks!.id}-test-C-PORT-0d`]).toBe('2025-03-19T08:00:00.000Z');
    expect(Object.values(after)).not.toContain('2025-03-11T08:00:00.000Z');
    expect(Object.values(after)).not.toContain('2025-03-12T08:00:00.000Z');
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  });

  it('marks an event called off by a later article and removes exactly its reminders', async () => {
    const cancelled = brief({
      title: 'Rotterdam union scraps strike vote',
      next: [
        {
          date: '2025-03-14',
          time: '10:00',
          timezone: 'Europe/Amsterdam',
          what: 'strike vote',
          where: null,
          quote: 'The union said the strike vote planned for March 14 has been cancelled.',
          status: 'cancelled',
        },
      ],
    });
    const outcome = await h.events.onDelivered(cancelled, destination, ref('m-fourth'));
    expect(outcome.calledOff).toHaveLength(1);
    const vote = await h.events.ledger.get(channel, outcome.calledOff[0]!);
    expect(vote?.status).toBe('cancelled');
    const planned = await plannedReminders(h.reminderQueue);
    expect(Object.keys(planned).filter((id) => id.includes(vote!.id))).toEqual([]);
    expect(Object.keys(planned)).toHaveLength(3);
    expect(h.chat.ofKind('notice').at(-1)?.message.text).toMatch(
      /^Cancelled: union strike vote \(2025-03-14 10:00 \(Europe\/Berlin\)\)/,
    );
  });

  it('replans future reminders when the channel changes its leads, and lists the events', async () => {
    const deps = { intake: new RecordingIntake(), settings: h.settings, clock, events: h.events };
    const reply = await remind({ ...channel, user: 'U1', requester: { user: 'U1' }, args: '2d,3h', deps });
    expect(reply.text).toMatch(/2d, 3h before each event/);
    const planned = await plannedReminders(h.reminderQueue);
    const talks = (await h.events.upcoming(channel, 30)).find((e) => e.date === '2025-03-19');
    expect(talks).toBeDefined();
    expect(
      Object.entries(planned)
        .filter(([id]) => id.endsWith('-2d') || id.endsWith('-3h'))
        .map(([, at]) => at)
        .sort(),
    ).toEqual(['2025-03-17T08:00:00.000Z', '2025-03-19T05:00:00.000Z']);
    // Month-only events keep their one reminder on the first working day.
    expect(Object.values(planned)).toContain('2025-04-01T07:00:00.000Z');

    const list = await eventsCommand({ ...channel, user: 'U1', requester: { user: 'U1' }, args: '60', deps });
    expect(list.text.split('\n')).toEqual([
      'Events in the next 60 days (times in Europe/Berlin):',
      `• Fri 2025-03-14 10:00 — union strike vote (called off) <${firstArticle.url}>`,
      `• Wed 2025-03-19 — wage talks between the dockworkers’ union and port operators, Rotterdam (rescheduled) <${firstArticle.url}>`,
      `• 2025-04 — new container handling tariffs take effect <${firstArticle.url}>`,
    ]);
  });
});
