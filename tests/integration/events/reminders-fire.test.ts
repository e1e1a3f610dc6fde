import { Writable } from 'node:stream';
import pino from 'pino';
import { Worker } from 'bullmq';
import { fixedClock } from '../../../src/clock/clock';
import { createRemindProcessor } from '../../../jobs/remind';
import { brief, createEventsHarness, type EventsHarness } from '../../support/events-harness';
import { waitFor } from '../../support/wait-for';

const channel = { platform: 'test' as const, channel: 'C-CITY' };

describe('reminders', () => {
  let h: EventsHarness;
  const workers: Worker[] = [];

  // The clock is injected: the test plans a reminder an hour ahead, checks BullMQ's delay arithmetic,
  // then moves the clock to the reminder's time and promotes the job, so nothing waits on the wall clock.
  const clock = fixedClock('2025-06-01T08:00:00Z');

  beforeAll(async () => {
    h = await createEventsHarness({ clock, label: 'remind' });
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await h.close();
  });

  it('fires once, as a reply in the brief’s thread, even with two workers running', async () => {
    await h.settings.update(channel, { timezone: 'UTC', reminderLeads: ['10m'] });
    const council = brief({
      title: 'City council sets emergency budget session',
      next: [
        {
          date: '2025-06-01',
          time: '09:00',
          timezone: 'UTC',
          what: 'emergency budget session',
          where: 'City Hall',
          quote: 'The council will meet in an emergency budget session at City Hall.',
        },
      ],
    });
    const outcome = await h.events.onDelivered(council, { ...channel }, { ...channel, id: 'brief-msg-1' });
    expect(outcome.added).toHaveLength(1);

    const processor = createRemindProcessor({ events: h.events });
    for (let i = 0; i < 2; i++)
      workers.push(
        new Worker('reminders', processor, { connection: h.connection, prefix: h.prefix, concurrency: 2 }),
      );
    // A second replan (a retried delivery, say) must not double the reminder.
    await h.events.replanChannel(channel);

    const [planned, ...extra] = await h.reminderQueue.getDelayed();
    expect(extra).toHaveLength(0);
    const remindAt = Date.parse('2025-06-01T08:50:00Z');
    expect(planned!.opts.delay).toBe(remindAt - clock.now().getTime());
    clock.set(new Date(remindAt).toISOString());
    await planned!.promote();

    await waitFor('the reminder post', () => h.chat.ofKind('reminder').length > 0);
    await waitFor(
      'the queue to drain',
      async () => (await h.reminderQueue.getJobCounts('delayed', 'active', 'wait')).delayed === 0,
    );
    await Promise.all(workers.map((w) => w.close()));

    const reminders = h.chat.ofKind('reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      channel: 'C-CITY',
      replyTo: 'brief-msg-1',
      message: {
        event: { what: 'emergency budget session', where: 'City Hall', timezone: 'UTC', url: council.url },
      },
    });
    expect(reminders[0]!.message.lead).toMatch(/^in \d+ minutes?$|^now$/);
  });

  it('drops a reminder that comes due after the event (service was down), with a log line', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) }),
    );
    const clock = fixedClock('2025-06-01T08:00:00Z');
    const late = await createEventsHarness({ clock, logger, label: 'late' });
    try {
      const outcome = await late.events.onDelivered(
        brief({
          title: 'Ferry strike called for Monday',
          next: [
            {
              date: '2025-06-02',
              time: '06:00',
              timezone: 'UTC',
              what: 'ferry strike',
              where: null,
              quote: 'Crews will strike from 6 a.m. on Monday.',
            },
          ],
        }),
        { ...channel },
        { ...channel, id: 'brief-msg-2' },
      );
      const event = await late.events.ledger.get(channel, outcome.added[0]!);
      clock.set('2025-06-02T07:30:00Z'); // the worker came back after the strike began
      const result = await late.events.sendReminder({
        ...channel,
        eventId: event!.id,
        lead: '1h',
        at: Date.parse('2025-06-02T05:00:00Z'),
      });
      expect(result).toEqual({ sent: false, reason: 'too-late' });
      expect(late.chat.posts).toHaveLength(0);
      expect(lines.join('')).toMatch(/reminder dropped: it came due after the event started/);

      clock.set('2025-06-02T05:20:00Z'); // back before the start: the overdue reminder still goes out
      expect(
        await late.events.sendReminder({
          ...channel,
          eventId: event!.id,
          lead: '1h',
          at: Date.parse('2025-06-02T05:00:00Z'),
        }),
      ).toMatchObject({ sent: true });
      expect(late.chat.ofKind('reminder')[0]).toMatchObject({
        replyTo: 'brief-msg-2',
        message: { lead: 'in 40 minutes' },
      });
    } finally {
      await late.close();
    }
  });
});
