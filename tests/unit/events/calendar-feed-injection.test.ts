import ical from 'node-ical';
import type { ChannelEvent } from '../../../src/events/channel-event';
import { buildCalendarFeed } from '../../../src/events/calendar-feed';
import { ATTACK, TRICKY_URL } from '../../fixtures/injection/injection-brief';

// iCalendar line injection on top of the chat attacks: a CRLF that would start a property or event.
const ICS_ATTACK = `${ATTACK}\r\nBEGIN:VEVENT\r\nSUMMARY:forged\r\nURL:https://evil.example/ics\r\nEND:VEVENT`;

function event(url: string | undefined): ChannelEvent {
  return {
    id: 'abc123',
    platform: 'slack',
    channel: 'C1',
    date: '2026-12-20',
    time: null,
    timezone: null,
    what: `label: ${ICS_ATTACK}`,
    where: `place: ${ICS_ATTACK}`,
    status: 'scheduled',
    startsAt: Date.UTC(2026, 11, 20),
    endsAt: Date.UTC(2026, 11, 21),
    sources: [
      {
        briefKey: 'k1',
        ...(url !== undefined ? { url } : {}),
        title: `title: ${ICS_ATTACK}`,
        quote: `quote: ${ICS_ATTACK}`,
        addedAt: 0,
      },
    ],
    reminderJobs: [],
  };
}

function vevents(feed: string): ical.VEvent[] {
  return Object.values(ical.sync.parseICS(feed)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
}

/** node-ical gives URL as a string or as { params, val }. */
function urlOf(e: ical.VEvent | undefined): string | undefined {
  const url = (e as { url?: unknown } | undefined)?.url;
  if (url === undefined) return undefined;
  return typeof url === 'object' && url !== null ? String((url as { val: unknown }).val) : String(url);
}

describe('the ICS feed fed an article whose every field attacks', () => {
  it('holds exactly one event whose fields are the article text, with no forged property', () => {
    const [only, ...rest] = vevents(buildCalendarFeed([event(TRICKY_URL)], { name: 'C1', now: new Date(0) }));
    expect(rest).toHaveLength(0);
    expect(only?.summary).toContain('label: Update [verify your account]');
    expect(only?.summary).toContain('BEGIN:VEVENT');
    expect(only?.location).toContain('place: Update');
    expect(urlOf(only)).toBe(TRICKY_URL);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'not a url'])(
    'writes no URL for a stored source link %s',
    (url) => {
      const feed = buildCalendarFeed([event(url)], { name: 'C1', now: new Date(0) });
      const [only] = vevents(feed);
      expect(urlOf(only)).toBeUndefined();
      expect(feed).not.toMatch(/^URL[:;].*(javascript|data:)/im);
      expect(only?.description ?? '').not.toContain(url);
    },
  );
});
