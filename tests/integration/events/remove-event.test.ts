import type { CommandContext } from '../../../commands/command-context';
import type { CommandDeps } from '../../../commands/command-deps';
import { dispatchCommand } from '../../../commands/dispatch';
import { fixedClock } from '../../../src/clock/clock';
import { fixedManagerCheck } from '../../fakes/fixed-manager-check';
import { RecordingIntake } from '../../fakes/recording-intake';
import {
  brief,
  createEventsHarness,
  plannedReminders,
  type EventsHarness,
} from '../../support/events-harness';

const channel = { platform: 'test' as const, channel: 'C-FIX' };

describe('/brief events remove N: the channel fixes a date the bot got wrong', () => {
  const clock = fixedClock('2025-03-03T09:00:00Z');
  let h: EventsHarness;
  const run = (args: string, manager = true) => {
    const base: Omit<CommandContext<CommandDeps>, 'args'> = {
      ...channel,
      user: 'U7',
      requester: { user: 'U7' },
      access: fixedManagerCheck(manager),
      deps: { intake: new RecordingIntake(), settings: h.settings, clock, events: h.events },
    };
    return dispatchCommand(`events ${args}`, base);
  };
  const budget = brief({
    title: 'Council budget vote set for March 10',
    next: [
      {
        date: '2025-03-10',
        time: null,
        timezone: null,
        what: 'budget vote',
        where: null,
        quote: 'The council votes on the budget on March 10.',
      },
      {
        date: '2025-03-12',
        time: null,
        timezone: null,
        what: 'Pi Day bake sale',
        where: null,
        quote: 'Its 2015 bake sale ran on March 12.',
      },
    ],
  });

  beforeAll(async () => {
    h = await createEventsHarness({ clock, label: 'remove-event' });
    await h.events.onDelivered(budget, { ...channel }, { ...channel, id: 'm1' });
  });
  afterAll(async () => h.close());

  it('lists the events numbered, removes the one named, with its reminders and calendar entry, and says so to the channel', async () => {
    const list = await run('');
    expect(list.text).toMatch(/\n1\. Mon 10 Mar 2025 — budget vote/);
    expect(list.text).toMatch(/\n2\. Wed 12 Mar 2025 — Pi Day bake sale/);
    const [, sale] = await h.events.ledger.list(channel, { after: 0, before: Number.MAX_SAFE_INTEGER });
    expect(Object.keys(await plannedReminders(h.reminderQueue)).some((id) => id.includes(sale!.id))).toBe(
      true,
    );

    const reply = await run('remove 2');
    expect(reply).toEqual({
      ephemeral: false,
      text: 'Removed “Pi Day bake sale” (Wed 12 Mar 2025) from this channel’s events, calendar and reminders.',
    });
    expect((await h.events.upcoming(channel, 30)).map((e) => e.what)).toEqual(['budget vote']);
    expect(Object.keys(await plannedReminders(h.reminderQueue)).some((id) => id.includes(sale!.id))).toBe(
      false,
    );
    const ics = (await h.events.calendarFeed(await h.events.tokens.ensure(channel))) ?? '';
    expect(ics).toContain('SUMMARY:budget vote');
    expect(ics).not.toContain('bake sale');
  });

  it('does not bring a removed date back when the same article is posted again', async () => {
    await h.events.onDelivered(budget, { ...channel }, { ...channel, id: 'm2' });
    expect((await h.events.upcoming(channel, 30)).map((e) => e.what)).toEqual(['budget vote']);
  });

  it('refuses a member who is not a manager, privately, and removes nothing', async () => {
    const reply = await run('remove 1', false);
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).toMatch(/^Sorry, only channel managers can change this channel’s events/);
    expect((await h.events.upcoming(channel, 30)).map((e) => e.what)).toEqual(['budget vote']);
  });

  it('explains a number that is not in the list', async () => {
    expect((await run('remove 5')).text).toMatch(/^There is no event 5/);
    expect((await run('remove two')).text).toMatch(/^Say which event to remove by its number/);
  });
});
