import { Worker } from 'bullmq';
import type { CommandContext } from '../../../commands/command-context';
import type { CommandDeps } from '../../../commands/command-deps';
import { dispatchCommand } from '../../../commands/dispatch';
import { createRemindProcessor } from '../../../jobs/remind';
import { fixedClock } from '../../../src/clock/clock';
import { dateRefsOf } from '../../../src/events/date-ref';
import { fixedManagerCheck } from '../../fakes/fixed-manager-check';
import { RecordingIntake } from '../../fakes/recording-intake';
import {
  brief,
  createEventsHarness,
  plannedReminders,
  type EventsHarness,
} from '../../support/events-harness';
import { waitFor } from '../../support/wait-for';

const channel = { platform: 'test' as const, channel: 'C-BUTTONS' };

describe('the fixes behind a brief’s buttons: not an event, wrong date, remind me', () => {
  const clock = fixedClock('2025-03-03T09:00:00Z');
  let h: EventsHarness;
  let worker: Worker | undefined;
  const run = (args: string, user = 'U7', manager = true) => {
    const base: Omit<CommandContext<CommandDeps>, 'args'> = {
      ...channel,
      user,
      requester: { user },
      access: fixedManagerCheck(manager),
      deps: { intake: new RecordingIntake(), settings: h.settings, clock, events: h.events },
    };
    return dispatchCommand(`events ${args}`, base);
  };
  const transit = brief({
    title: 'Transit board schedules fare vote',
    next: [
      {
        date: '2025-03-10',
        time: null,
        timezone: null,
        what: 'fare vote',
        where: null,
        quote: 'The board votes on fares on March 10.',
      },
      {
        date: '2025-03-12',
        time: null,
        timezone: null,
        what: 'anniversary',
        where: null,
        quote: 'The line opened on March 12, 1990.',
      },
    ],
  });
  const [voteRef, anniversaryRef] = dateRefsOf(transit);
  const jobsOf = async (what: string) => {
    const [event] = (
      await h.events.ledger.list(channel, { after: 0, before: Number.MAX_SAFE_INTEGER })
    ).filter((e) => e.what === what);
    return Object.entries(await plannedReminders(h.reminderQueue)).filter(([id]) => id.includes(event!.id));
  };

  beforeAll(async () => {
    h = await createEventsHarness({ clock, label: 'event-fixes' });
    await h.events.onDelivered(transit, { ...channel }, { ...channel, id: 'm1' });
  });
  afterAll(async () => {
    await worker?.close();
    await h.close();
  });

  it('gives each date a reference that carries no article text', () => {
    expect(voteRef).toMatch(/^[0-9a-f]{16}$/);
    expect(anniversaryRef).not.toBe(voteRef);
  });

  it('refuses a member privately when they try to remove or move a date', async () => {
    for (const args of [`not-event ${anniversaryRef}`, `redate ${voteRef} 2025-03-11`]) {
      const reply = await run(args, 'U8', false);
      expect(reply.ephemeral).toBe(true);
      expect(reply.text).toMatch(/^Sorry, only channel managers can change this channel’s events/);
    }
    expect((await h.events.upcoming(channel, 30)).map((e) => e.what)).toEqual(['fare vote', 'anniversary']);
  });

  it('“Remind me” plans one personal reminder for the member who asked, once however often they ask', async () => {
    const first = await run(`remind-me ${voteRef}`, 'U0BOB', false);
    expect(first).toEqual({
      ephemeral: true,
      text: 'I’ll remind you of “fare vote” (Mon 10 Mar 2025) by direct message on Sun 9 Mar 2025 09:00 (UTC).',
    });
    await run(`remind-me ${voteRef}`, 'U0BOB', false);
    const personal = (await jobsOf('fare vote')).filter(([id]) => id.endsWith('-me-U0BOB'));
    expect(personal).toEqual([[expect.any(String), '2025-03-09T09:00:00.000Z']]);
  });

  it('“Not an event” removes the date, its reminders and its calendar entry, and says so to the channel', async () => {
    expect(await jobsOf('anniversary')).not.toHaveLength(0);
    const reply = await run(`not-event ${anniversaryRef}`);
    expect(reply).toEqual({
      ephemeral: false,
      text: 'Removed “anniversary” (Wed 12 Mar 2025) from this channel’s events, calendar and reminders: it was not an event.',
    });
    expect((await h.events.upcoming(channel, 30)).map((e) => e.what)).toEqual(['fare vote']);
    const ics = (await h.events.calendarFeed(await h.events.tokens.ensure(channel))) ?? '';
    expect(ics).not.toContain('anniversary');
    expect((await run(`not-event ${anniversaryRef}`)).text).toMatch(/^That date is no longer/);
  });

  it('“Wrong date” moves the event: channel and personal reminders and the calendar follow', async () => {
    expect((await run(`redate ${voteRef} 2025-02-30`)).text).toMatch(/^“2025-02-30” isn’t a date I can use/);
    expect((await run(`redate ${voteRef} 2025-03-01`)).text).toMatch(/^That date has already passed/);
    const reply = await run(`redate ${voteRef} 2025-03-17 18:30`);
    expect(reply).toEqual({
      ephemeral: false,
      text: 'Corrected “fare vote”: Mon 17 Mar 2025 18:30 (UTC) (was Mon 10 Mar 2025). Its reminders and the calendar follow.',
    });
    const planned = Object.fromEntries(await jobsOf('fare vote'));
    expect(Object.values(planned).sort()).toEqual([
      '2025-03-16T18:30:00.000Z',
      '2025-03-16T18:30:00.000Z',
      '2025-03-17T17:30:00.000Z',
    ]);
    const ics = (await h.events.calendarFeed(await h.events.tokens.ensure(channel))) ?? '';
    expect(ics).toContain('DTSTART:20250317T183000Z');
  });

  it('keeps a corrected date when the same article is delivered again (no event back at the old date)', async () => {
    const again = await h.events.onDelivered(transit, { ...channel }, { ...channel, id: 'm2' });
    expect(again).toMatchObject({ added: [], moved: [] });
    const events = await h.events.upcoming(channel, 30);
    expect(events.map((e) => [e.what, e.date, e.time])).toEqual([['fare vote', '2025-03-17', '18:30']]);
  });

  it('delivers the personal reminder once, by direct message to that member only', async () => {
    worker = new Worker('reminders', createRemindProcessor({ events: h.events }), {
      connection: h.connection,
      prefix: h.prefix,
    });
    const personal = (await h.reminderQueue.getDelayed()).find((j) => j.id?.endsWith('-me-U0BOB'));
    clock.set('2025-03-16T18:30:00Z');
    await personal!.promote();
    await waitFor('the direct message', () => h.chat.directs.length > 0);
    expect(h.chat.directs).toEqual([
      {
        user: 'U0BOB',
        ref: expect.any(Object),
        message: expect.objectContaining({ kind: 'reminder', lead: 'in 24 hours' }),
      },
    ]);
    expect(h.chat.ofKind('reminder')).toHaveLength(0);
  });
});
