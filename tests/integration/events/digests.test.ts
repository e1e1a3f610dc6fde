import { fixedClock } from '../../../src/clock/clock';
import { digest } from '../../../commands/digest';
import { tz } from '../../../commands/tz';
import { createDigestProcessor } from '../../../jobs/digest';
import { RecordingIntake } from '../../fakes/recording-intake';
import { brief, createEventsHarness, type EventsHarness } from '../../support/events-harness';
import { fixedManagerCheck } from '../../fakes/fixed-manager-check';

const channel = { platform: 'test' as const, channel: 'C-DESK' };
const dest = { ...channel };

describe('daily digests', () => {
  const clock = fixedClock('2025-05-05T06:00:00Z');
  let h: EventsHarness;
  const ctx = (args: string) => ({
    ...channel,
    user: 'U1',
    requester: { user: 'U1' },
    access: fixedManagerCheck(true),
    args,
    deps: { intake: new RecordingIntake(), settings: h.settings, clock, events: h.events },
  });
  const run = (args: string) =>
    digest({
      ...channel,
      user: 'U1',
      requester: { user: 'U1' },
      access: fixedManagerCheck(true),
      args,
      deps: { intake: new RecordingIntake(), settings: h.settings, clock, events: h.events },
    });

  beforeAll(async () => {
    h = await createEventsHarness({ clock, label: 'digest' });
    await h.settings.update(channel, { timezone: 'Europe/Berlin' });
  });
  afterAll(async () => h.close());

  it('lists the briefs since the previous digest and the events of the next 7 days', async () => {
    await h.events.onDelivered(
      brief({
        title: 'Grain ministers to meet in Warsaw',
        what: 'Agriculture ministers from five states will meet in Warsaw over Ukrainian grain imports. Farmers have blocked border crossings for a week.',
        next: [
          {
            date: '2025-05-07',
            time: null,
            timezone: null,
            what: 'grain ministers’ meeting',
            where: 'Warsaw',
            quote: 'Ministers will meet in Warsaw on May 7.',
          },
          {
            date: '2025-05-09',
            time: '14:00',
            timezone: 'Europe/Warsaw',
            what: 'border blockade review',
            where: null,
            quote: 'Farmers will review the blockade at 2 p.m. on May 9.',
          },
        ],
      }),
      dest,
      { ...channel, id: 'b1' },
    );
    clock.set('2025-05-05T06:10:00Z');
    await h.events.onDelivered(
      brief({
        title: 'Rail operator names date for fare rise',
        next: [
          {
            date: '2025-05-06',
            time: null,
            timezone: null,
            what: 'fare rise takes effect',
            where: null,
            quote: 'Fares rise by 4% on May 6.',
          },
          {
            date: '2025-05-28',
            time: null,
            timezone: null,
            what: 'rail timetable change',
            where: null,
            quote: 'The new timetable starts on May 28.',
          },
        ],
      }),
      dest,
      { ...channel, id: 'b2' },
    );
    clock.set('2025-05-05T06:20:00Z');
    await h.events.onDelivered(
      brief({
        title: 'Harbour bridge closes for repairs',
        next: [
          {
            date: '2025-05-10',
            time: null,
            timezone: null,
            what: 'harbour bridge closure',
            where: 'Harbour Bridge',
            quote: 'The bridge closes on May 10.',
          },
          {
            date: '2025-05-11',
            time: '22:00',
            timezone: null,
            what: 'bridge reopening',
            where: 'Harbour Bridge',
            quote: 'It reopens at 10 p.m. on May 11.',
          },
        ],
      }),
      dest,
      { ...channel, id: 'b3' },
    );
    clock.set('2025-05-05T06:30:00Z');

    const result = await h.events.sendDigest(channel);
    expect(result.sent).toBe(true);
    const posted = h.chat.ofKind('digest');
    expect(posted).toHaveLength(1);
    const view = posted[0]!.message.digest;
    expect(view.day).toBe('2025-05-05');
    expect(view.timezone).toBe('Europe/Berlin');
    expect(view.briefs.map((b) => b.title)).toEqual([
      'Harbour bridge closes for repairs',
      'Rail operator names date for fare rise',
      'Grain ministers to meet in Warsaw',
    ]);
    // One line of what: the first sentence only.
    expect(view.briefs[2]!.what).toBe(
      'Agriculture ministers from five states will meet in Warsaw over Ukrainian grain imports.',
    );
    expect(view.events.map((e) => [e.date, e.time, e.what].filter(Boolean).join(' '))).toEqual([
      '2025-05-06 fare rise takes effect',
      '2025-05-07 grain ministers’ meeting',
      '2025-05-09 14:00 border blockade review',
      '2025-05-10 harbour bridge closure',
      '2025-05-11 22:00 bridge reopening',
    ]);
  });

  it('posts once per local day, and only what is new since the previous digest', async () => {
    expect(await h.events.sendDigest(channel)).toEqual({ sent: false, reason: 'already-sent-today' });
    clock.set('2025-05-06T06:00:00Z');
    const next = await h.events.sendDigest(channel);
    expect(next.sent && next.view.briefs).toEqual([]);
    expect(next.sent && next.view.events.map((e) => e.what)).toContain('fare rise takes effect');
  });

  it('skips an empty day, or says so in one line, as the channel chose', async () => {
    const quiet = { platform: 'test' as const, channel: 'C-QUIET' };
    expect(await h.events.sendDigest(quiet)).toEqual({ sent: false, reason: 'nothing-new' });
    await h.settings.update(quiet, { digestSkipEmpty: false });
    clock.set('2025-05-07T06:00:00Z');
    const said = await h.events.sendDigest(quiet);
    expect(said.sent && said.view).toEqual({ day: '2025-05-07', timezone: 'UTC', briefs: [], events: [] });
  });

  it('keeps one job scheduler per channel in the channel’s zone; off leaves none behind; now posts at once', async () => {
    expect((await run('08:00')).text).toBe('Daily digest every day at 08:00 (Europe/Berlin).');
    expect((await run('7:30')).text).toBe('Daily digest every day at 07:30 (Europe/Berlin).');
    const schedulers = await h.digestQueue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({
      key: 'digest-test-C-DESK',
      pattern: '30 7 * * *',
      tz: 'Europe/Berlin',
    });
    expect((await h.settings.get(channel)).digestTime).toBe('07:30');

    // `now` queues one forced digest for the worker (even though today's went out already).
    const before = h.chat.ofKind('digest').length;
    expect((await run('now')).text).toMatch(/^Digest on its way/);
    await run('now');
    const queued = await h.digestQueue.getWaiting();
    expect(queued).toHaveLength(1);
    await createDigestProcessor({ events: h.events })(queued[0]!);
    expect(h.chat.ofKind('digest')).toHaveLength(before + 1);
    await queued[0]!.remove();

    expect((await run('25:00')).text).toMatch(/not a time of day/);
    expect((await run('off')).text).toBe('Daily digest turned off for this channel.');
    expect(await h.digestQueue.getJobSchedulers()).toEqual([]);
    expect(await h.digestQueue.getJobCounts('delayed', 'wait')).toEqual({ delayed: 0, wait: 0 });
    expect((await h.settings.get(channel)).digestTime).toBeNull();
  });

  it('sets a weekday or weekly digest, and keeps its days when the zone changes', async () => {
    expect((await run('08:00 weekdays')).text).toBe('Digest Monday to Friday at 08:00 (Europe/Berlin).');
    expect((await h.digestQueue.getJobSchedulers())[0]).toMatchObject({
      pattern: '0 8 * * 1-5',
      tz: 'Europe/Berlin',
    });
    expect((await run('mon 08:00')).text).toBe('Digest every Monday at 08:00 (Europe/Berlin).');
    expect((await h.digestQueue.getJobSchedulers())[0]).toMatchObject({ pattern: '0 8 * * 1' });
    expect((await run('')).text).toMatch(/^Digest: every Monday at 08:00 \(Europe\/Berlin\)/);
    expect((await run('08:00 sometimes')).text).toMatch(
      /^“sometimes” isn’t daily, weekdays or a day of the week/,
    );
    await tz(ctx('Asia/Tokyo'));
    expect((await h.digestQueue.getJobSchedulers())[0]).toMatchObject({
      pattern: '0 8 * * 1',
      tz: 'Asia/Tokyo',
    });
    await tz(ctx('Europe/Berlin'));
    await run('08:00 daily');
    await run('off');
  });

  it('moves the digest to the new zone when the channel changes its time zone', async () => {
    expect((await run('08:00')).text).toBe('Daily digest every day at 08:00 (Europe/Berlin).');
    expect((await tz(ctx('Asia/Tokyo'))).text).toMatch(/^Time zone for this channel is now Asia\/Tokyo/);
    const schedulers = await h.digestQueue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({ pattern: '0 8 * * *', tz: 'Asia/Tokyo' });
    await run('off');
    await tz(ctx('Europe/Berlin'));
  });
});
