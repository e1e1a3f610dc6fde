import type { CommandContext } from '../../../commands/command-context';
import type { CommandDeps } from '../../../commands/command-deps';
import { dispatchCommand } from '../../../commands/dispatch';
import { fixedClock } from '../../../src/clock/clock';
import { fixedManagerCheck } from '../../fakes/fixed-manager-check';
import { RecordingIntake } from '../../fakes/recording-intake';
import { createEventsHarness, type EventsHarness } from '../../support/events-harness';

const channel = { platform: 'test' as const, channel: 'C-RULE' };

describe('the manager rule: settings need a manager, reading stays open', () => {
  const clock = fixedClock('2025-05-05T06:00:00Z');
  let h: EventsHarness;
  const run = (text: string, manager: boolean) => {
    const access = fixedManagerCheck(manager, 'members with the Manage Channels permission');
    const base: Omit<CommandContext<CommandDeps>, 'args'> = {
      ...channel,
      user: 'U2',
      requester: { user: 'U2' },
      access,
      deps: {
        intake: new RecordingIntake(),
        settings: h.settings,
        clock,
        events: h.events,
        publicUrl: 'https://briefbot.example.org',
      },
    };
    return dispatchCommand(text, base);
  };

  beforeAll(async () => {
    h = await createEventsHarness({ clock, label: 'manager-rule' });
  });
  afterAll(async () => h.close());

  it.each([
    'tz Europe/Paris',
    'digest 08:00',
    'digest off',
    'digest empty say',
    'remind 2h',
    'watch on',
    'calendar reset',
  ])('refuses “/brief %s” from a member who is not a manager, saying who may', async (text) => {
    const before = await h.settings.get(channel);
    const reply = await run(text, false);
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).toMatch(
      /^Sorry, only members with the Manage Channels permission can change .+ for this channel/,
    );
    expect(await h.settings.get(channel)).toEqual(before);
    expect(await h.digestQueue.getJobSchedulers()).toEqual([]);
  });

  it('keeps the calendar link when a member who is not a manager asks to reset it', async () => {
    const link = (await run('calendar', false)).text;
    expect(link).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics/);
    await run('calendar reset', false);
    expect((await run('calendar', false)).text).toBe(link);
    expect((await run('calendar reset', true)).text).toMatch(/^New calendar link/);
  });

  it('lets anyone read events, help, the current settings and ask for a digest now', async () => {
    expect((await run('events', false)).text).toMatch(/No events|events/i);
    expect((await run('help', false)).text).toContain('/brief');
    expect((await run('digest', false)).text).toMatch(/^Daily digest: off/);
    expect((await run('remind', false)).text).toMatch(/^Reminders here/);
    expect((await run('digest now', false)).text).toMatch(/^Digest on its way/);
  });

  it('lets a manager change the settings', async () => {
    expect((await run('digest 08:00', true)).text).toMatch(/08:00/);
    expect((await h.settings.get(channel)).digestTime).toBe('08:00');
  });
});
