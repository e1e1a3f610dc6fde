import type { ChannelEvent } from '../../../src/events/channel-event';
import { eventSpan } from '../../../src/events/channel-event';
import { InvalidLeadsError, parseLeads, planReminders } from '../../../src/events/reminder-plan';

function event(partial: Pick<ChannelEvent, 'date' | 'time' | 'timezone'>, zone: string): ChannelEvent {
  return {
    id: 'e1',
    platform: 'slack',
    channel: 'C1',
    what: 'summit',
    where: null,
    status: 'scheduled',
    sources: [{ briefKey: 'k', title: 't', quote: 'q', addedAt: 0 }],
    reminderJobs: [],
    ...partial,
    ...eventSpan(partial, zone),
  };
}

const plan = (e: ChannelEvent, zone: string, leads: string[] | null, now: string) =>
  planReminders(e, zone, leads, new Date(now)).map((r) => `${r.lead} ${r.at.toISOString()}`);

describe('reminder planning', () => {
  it('reminds of an all-day event the day before and the day itself at 09:00 channel time, across a DST change', () => {
    const e = event({ date: '2025-03-31', time: null, timezone: null }, 'Europe/Berlin');
    // 30 March is spring-forward day in Berlin: 09:00 is 08:00Z on the 30th, 07:00Z on the 31st.
    expect(plan(e, 'Europe/Berlin', null, '2025-03-01T00:00:00Z')).toEqual([
      '1d 2025-03-30T07:00:00.000Z',
      '0d 2025-03-31T07:00:00.000Z',
    ]);
  });

  it('reminds of a timed event 24 h and 1 h before, in the zone the article gave', () => {
    const e = event({ date: '2025-11-04', time: '19:00', timezone: 'America/Chicago' }, 'Europe/London');
    expect(plan(e, 'Europe/London', null, '2025-11-01T00:00:00Z')).toEqual([
      '24h 2025-11-04T01:00:00.000Z',
      '1h 2025-11-05T00:00:00.000Z',
    ]);
  });

  it('reminds of a month-only event once, on the first working day of the month', () => {
    const e = event({ date: '2025-11', time: null, timezone: null }, 'Asia/Tokyo');
    // 1 November 2025 is a Saturday: Monday the 3rd, 09:00 Tokyo.
    expect(plan(e, 'Asia/Tokyo', ['2h'], '2025-10-01T00:00:00Z')).toEqual(['month 2025-11-03T00:00:00.000Z']);
  });

  it('plans nothing already past, nothing for a cancelled event and nothing when reminders are off', () => {
    const e = event({ date: '2025-06-10', time: '12:00', timezone: 'UTC' }, 'UTC');
    expect(plan(e, 'UTC', null, '2025-06-09T18:00:00Z')).toEqual(['1h 2025-06-10T11:00:00.000Z']);
    expect(plan({ ...e, status: 'cancelled' }, 'UTC', null, '2025-06-01T00:00:00Z')).toEqual([]);
    expect(plan(e, 'UTC', [], '2025-06-01T00:00:00Z')).toEqual([]);
  });

  it('reads lead lists people type', () => {
    expect(parseLeads('1d, 2h')).toEqual(['1d', '2h']);
    expect(parseLeads('default')).toBeNull();
    expect(parseLeads('off')).toEqual([]);
    expect(() => parseLeads('tomorrow')).toThrow(InvalidLeadsError);
    expect(() => parseLeads('90d')).toThrow(/not a list of leads/);
  });
});
