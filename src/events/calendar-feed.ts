import ical, { ICalEventStatus } from 'ical-generator';
import { isCalledOff, isMonthOnly, type ChannelEvent } from './channel-event';
import { firstDayOfNextMonth, addDays } from './zoned-time';

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A source link fit for a calendar: http(s) only, never `javascript:` or `data:` (issue 17). */
function webUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\//i.test(url)) return undefined;
  try {
    new URL(url);
    return url;
  } catch {
    return undefined;
  }
}

/** The event's description: each source's quote and article link. */
function describe(event: ChannelEvent): string {
  const parts = event.sources.map((s) => [`“${s.quote}”`, s.title, webUrl(s.url)].filter(Boolean).join('\n'));
  if (event.previousDate) parts.push(`Rescheduled from ${event.previousDate}.`);
  return parts.join('\n\n');
}

/**
 * The event's name with its context, as a calendar list shows it: "transit vote — Riverton council
 * delays transit vote to June" (the first article's title), cut to stay readable.
 */
export function summaryOf(event: Pick<ChannelEvent, 'what' | 'sources' | 'status'>): string {
  const title = event.sources[0]?.title.replace(/\s+/g, ' ').trim() ?? '';
  const cut = title.length > 90 ? `${title.slice(0, 89).trimEnd()}…` : title;
  const head = isCalledOff(event.status) ? `Cancelled: ${event.what}` : event.what;
  return cut && cut.toLowerCase() !== event.what.toLowerCase() ? `${head} — ${cut}` : head;
}

/**
 * A channel's events as an iCalendar feed. All-day and month-only events are dates (no zone
 * shift in any calendar app); timed events are UTC instants. The UID is the event id, so
 * a moved event updates in place in subscribers' calendars.
 */
export function buildCalendarFeed(
  events: readonly ChannelEvent[],
  options: { name: string; now: Date },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'briefbot', product: 'briefbot', language: 'EN' },
  });
  for (const event of events) {
    const first = event.sources[0];
    const allDay = !event.time || isMonthOnly(event.date);
    const start = allDay
      ? utcDate(isMonthOnly(event.date) ? `${event.date}-01` : event.date)
      : new Date(event.startsAt);
    const end = allDay
      ? utcDate(isMonthOnly(event.date) ? firstDayOfNextMonth(event.date) : addDays(event.date, 1))
      : new Date(event.endsAt);
    calendar.createEvent({
      id: `${event.id}@briefbot`,
      start,
      end,
      allDay,
      stamp: options.now,
      summary: summaryOf(event),
      description: describe(event),
      location: event.where,
      url: webUrl(first?.url) ?? null,
      status: isCalledOff(event.status) ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
