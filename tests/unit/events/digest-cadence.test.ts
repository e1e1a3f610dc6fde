import { getNextMillis } from 'bullmq';
import {
  describeCadence,
  digestCron,
  parseDigestCadence,
  type DigestCadence,
} from '../../../src/events/digest-schedule';
import { localParts } from '../../../src/events/zoned-time';

/** The local weekday, day and time of the next `count` runs, computed the way BullMQ's job scheduler does. */
function runs(time: string, cadence: DigestCadence, tz: string, from: string, count: number): string[] {
  let at = Date.parse(from);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    at = getNextMillis(at, { pattern: digestCron(time, cadence), tz })!;
    const local = localParts(new Date(at), tz);
    out.push(`${local.weekday} ${local.date} ${local.time}`);
  }
  return out;
}

describe('digest cadence', () => {
  it('reads what people type', () => {
    expect(
      ['daily', 'weekdays', 'weekday', 'mon', 'Monday', 'fridays', 'weekly', 'tues'].map(parseDigestCadence),
    ).toEqual(['daily', 'weekdays', 'weekdays', 'mon', 'mon', 'fri', 'mon', 'tue']);
    expect(parseDigestCadence('sometimes')).toBeNull();
    expect(describeCadence('weekdays')).toBe('Monday to Friday');
    expect(describeCadence('thu')).toBe('every Thursday');
  });

  it('skips Saturday and Sunday on weekdays, keeping 08:00 local across the spring change in Berlin', () => {
    // Berlin moves its clocks on Sunday 30 March 2025.
    expect(runs('08:00', 'weekdays', 'Europe/Berlin', '2025-03-27T12:00:00Z', 4)).toEqual([
      '5 2025-03-28 08:00',
      '1 2025-03-31 08:00',
      '2 2025-04-01 08:00',
      '3 2025-04-02 08:00',
    ]);
  });

  it('comes once a week on the chosen day, at the same local time before and after the autumn change', () => {
    // New York falls back on Sunday 2 November 2025.
    expect(runs('07:30', 'mon', 'America/New_York', '2025-10-21T12:00:00Z', 3)).toEqual([
      '1 2025-10-27 07:30',
      '1 2025-11-03 07:30',
      '1 2025-11-10 07:30',
    ]);
  });
});
