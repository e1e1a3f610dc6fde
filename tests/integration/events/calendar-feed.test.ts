import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import ical from 'node-ical';
import { fixedClock } from '../../../src/clock/clock';
import { silentLogger } from '../../../src/logging/logger';
import { createCalendarRouter } from '../../../src/http/calendar-routes';
import { calendar } from '../../../commands/calendar';
import { RecordingIntake } from '../../fakes/recording-intake';
import { brief, createEventsHarness, type EventsHarness } from '../../support/events-harness';
import { fixedManagerCheck } from '../../fakes/fixed-manager-check';

const channel = { platform: 'test' as const, channel: 'C-CAL' };

describe('the ICS calendar feed', () => {
  const clock = fixedClock('2025-09-01T10:00:00Z');
  let h: EventsHarness;
  let server: Server;
  let base: string;
  const command = (args: string) =>
    calendar({
      ...channel,
      channelName: 'transit-desk',
      user: 'U1',
      requester: { user: 'U1' },
      access: fixedManagerCheck(true),
      args,
      deps: { intake: new RecordingIntake(), settings: h.settings, clock, events: h.events, publicUrl: base },
    });

  beforeAll(async () => {
    h = await createEventsHarness({ clock, label: 'ics' });
    await h.settings.update(channel, { timezone: 'America/New_York' });
    const app = express().use(createCalendarRouter({ events: h.events, logger: silentLogger() }));
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await h.events.onDelivered(
      brief({
        title: 'Transit board schedules vote on fare cap',
        next: [
          {
            date: '2025-09-15',
            time: null,
            timezone: null,
            what: 'transit board fare cap vote',
            where: 'Board room, 2 Broadway',
            quote: 'The board will vote on the fare cap on Sept. 15.',
          },
          {
            date: '2025-09-18',
            time: '18:30',
            timezone: 'America/New_York',
            what: 'public hearing on fare cap',
            where: null,
            quote: 'A public hearing is set for 6:30 p.m. on Sept. 18.',
          },
        ],
      }),
      { ...channel },
      { ...channel, id: 'm1' },
    );
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await h.close();
  });

  it('serves the channel’s events at the link /brief calendar shows, parseable by an iCalendar parser', async () => {
    const reply = await command('');
    const url = /(http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{32}\.ics)/.exec(reply.text)?.[1];
    expect(url).toBeDefined();
    expect(reply.ephemeral).toBe(true);
    const res = await fetch(url!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await res.text();
    const vevents = Object.values(ical.sync.parseICS(body)).filter(
      (c) => c?.type === 'VEVENT',
    ) as ical.VEvent[];
    expect(vevents).toHaveLength(2);
    // Named with their context, in a calendar named for the channel.
    const calendarName = /^X-WR-CALNAME:(.+)$/m.exec(body)?.[1]?.trim();
    expect(calendarName).toBe('#transit-desk (briefbot)');
    const vote = vevents.find(
      (e) => e.summary === 'transit board fare cap vote — Transit board schedules vote on fare cap',
    )!;
    expect(vote.datetype).toBe('date');
    expect(vote.start.toISOString().slice(0, 10)).toBe('2025-09-15');
    expect(vote.location).toBe('Board room, 2 Broadway');
    expect(vote.description).toContain('The board will vote on the fare cap on Sept. 15.');
    expect(vote.description).toContain('https://news.example/transit-board-schedules-vote-on-fare-cap');
    const hearing = vevents.find(
      (e) => e.summary === 'public hearing on fare cap — Transit board schedules vote on fare cap',
    )!;
    expect(hearing.start.toISOString()).toBe('2025-09-18T22:30:00.000Z');

    // The same link asked again gives the same UIDs (calendar apps update in place).
    const again = await (await fetch(url!)).text();
    const uids = (text: string) => [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!.trim()).sort();
    expect(uids(again)).toEqual(uids(body));
    expect((await command('')).text).toContain(url!);
  });

  it('answers 404 to a wrong token, and to the old link after a reset', async () => {
    const wrong = await fetch(`${base}calendar/${'x'.repeat(32)}.ics`);
    expect(wrong.status).toBe(404);
    expect((await fetch(`${base}calendar/not-a-feed`)).status).toBe(404);

    const oldUrl = /(http\S+\.ics)/.exec((await command('')).text)![1]!;
    const reset = await command('reset');
    const newUrl = /(http\S+\.ics)/.exec(reset.text)![1]!;
    expect(newUrl).not.toBe(oldUrl);
    expect((await fetch(oldUrl)).status).toBe(404);
    expect((await fetch(newUrl)).status).toBe(200);
  });
});
