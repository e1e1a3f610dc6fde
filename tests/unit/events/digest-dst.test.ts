import { getNextMillis } from 'bullmq';
import { digestCron } from '../../../src/events/digest-schedule';
import { localParts } from '../../../src/events/zoned-time';

/** The local days and times of the next `count` runs, computed the way BullMQ's job scheduler does. */
function runs(time: string, tz: string, from: string, count: number): string[] {
  let at = Date.parse(from);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    at = getNextMillis(at, { pattern: digestCron(time), tz })!;
    const local = localParts(new Date(at), tz);
    out.push(`${local.date} ${local.time}`);
  }
  return out;
}

// 2025 changes: New York 9 Mar / 2 Nov, Berlin 30 Mar / 26 Oct, Sydney 5 Oct (forward) / 6 Apr (back).
const changes = [
  {
    tz: 'America/New_York',
    springFrom: '2025-03-07T12:00:00Z',
    spring: '2025-03-09',
    fallFrom: '2025-10-31T12:00:00Z',
    fall: '2025-11-02',
  },
  {
    tz: 'Europe/Berlin',
    springFrom: '2025-03-28T12:00:00Z',
    spring: '2025-03-30',
    fallFrom: '2025-10-24T12:00:00Z',
    fall: '2025-10-26',
  },
  {
    tz: 'Australia/Sydney',
    springFrom: '2025-10-02T12:00:00Z',
    spring: '2025-10-05',
    fallFrom: '2025-04-03T12:00:00Z',
    fall: '2025-04-06',
  },
];

describe.each(changes)('daily digest in $tz', ({ tz, springFrom, spring, fallFrom, fall }) => {
  it.each(['08:00', '02:30'])('runs exactly once per local day at %s across spring-forward', (time) => {
    const list = runs(time, tz, springFrom, 6);
    const days = list.map((r) => r.slice(0, 10));
    expect(new Set(days).size).toBe(6);
    expect(days).toContain(spring);
    for (const r of list) {
      // 02:30 does not exist on spring-forward day: that day's digest comes an hour later, once.
      const expected = time === '02:30' && r.startsWith(spring) ? '03:30' : time;
      expect(r.slice(11)).toBe(expected);
    }
  });

  it.each(['08:00', '02:30'])('runs exactly once per local day at %s across fall-back', (time) => {
    const list = runs(time, tz, fallFrom, 6);
    const days = list.map((r) => r.slice(0, 10));
    expect(new Set(days).size).toBe(6);
    expect(days).toContain(fall);
    expect(list.every((r) => r.endsWith(time))).toBe(true);
  });
});
