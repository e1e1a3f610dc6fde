import type { NextDate } from '../../../src/engine/brief';
import type { ChannelEvent } from '../../../src/events/channel-event';
import { labelsSimilar, matchEvent } from '../../../src/events/event-matching';
import { zonedToUtc } from '../../../src/events/zoned-time';

const known: ChannelEvent = {
  id: 'ev1',
  platform: 'discord',
  channel: '42',
  date: '2025-02-20',
  time: null,
  timezone: null,
  what: 'EU-China trade summit',
  where: 'Brussels',
  status: 'scheduled',
  startsAt: 0,
  endsAt: 1,
  sources: [{ briefKey: 'first', title: 'Summit set', quote: 'q', addedAt: 0 }],
  reminderJobs: [],
};
const item = (p: Partial<NextDate>): NextDate => ({
  date: '2025-02-20',
  time: null,
  timezone: null,
  what: 'x',
  where: null,
  quote: 'q',
  ...p,
});

describe('recognising the same event across articles', () => {
  it('treats differently worded labels of one event as the same, and different events as different', () => {
    expect(labelsSimilar('US-Russia talks', 'talks between the US and Russia')).toBe(true);
    expect(labelsSimilar('EU-China trade summit', 'summit on EU-China trade')).toBe(true);
    expect(labelsSimilar('EU-China trade summit', 'central bank rate decision')).toBe(false);
  });

  it('same day and similar label or same place is the same event; a new date from another article moves it', () => {
    expect(matchEvent(item({ what: 'trade summit between the EU and China' }), 'second', [known]).kind).toBe(
      'same',
    );
    expect(matchEvent(item({ what: 'leaders’ dinner', where: 'Brussels' }), 'second', [known]).kind).toBe(
      'same',
    );
    expect(
      matchEvent(item({ date: '2025-03-06', what: 'EU-China trade summit' }), 'second', [known]).kind,
    ).toBe('moved');
    expect(
      matchEvent(item({ date: '2025-03-06', what: 'EU-China trade summit', where: 'Beijing' }), 'second', [
        known,
      ]).kind,
    ).toBe('new');
    expect(
      matchEvent(item({ date: '2025-03-06', what: 'EU-China trade summit' }), 'first', [known]).kind,
    ).toBe('new');
  });

  it('matches a moved item to the event on its previous date, even from the same article', () => {
    const moved = item({
      date: '2025-03-01',
      what: 'leaders meeting',
      where: 'Brussels',
      status: 'moved',
      previous: '2025-02-20',
    });
    expect(matchEvent(moved, 'first', [known])).toEqual({ kind: 'moved', event: known });
    expect(matchEvent({ ...moved, status: 'scheduled' }, 'first', [known]).kind).toBe('new');
  });
});

describe('local wall-clock times', () => {
  it('converts local times to instants, including skipped and repeated hours', () => {
    expect(zonedToUtc('2025-07-01', '09:00', 'Australia/Sydney').toISOString()).toBe(
      '2025-06-30T23:00:00.000Z',
    );
    expect(zonedToUtc('2025-03-09', '02:30', 'America/New_York').toISOString()).toBe(
      '2025-03-09T07:30:00.000Z',
    );
    expect(zonedToUtc('2025-10-26', '02:30', 'Europe/Berlin').toISOString()).toBe('2025-10-26T00:30:00.000Z');
    expect(zonedToUtc('2025-01-10', '15:00', '+05:30').toISOString()).toBe('2025-01-10T09:30:00.000Z');
  });
});
