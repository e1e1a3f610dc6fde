import type { ChannelEvent } from '../../events/channel-event';
import { localParts } from '../../events/zoned-time';
import type { ChannelBriefEntry } from '../../storage/channel-brief-log';
import type { ChannelRef, ChannelSettings } from '../../storage/channel-settings-store';
import { isMonth } from './page-dates';

/**
 * A feed the channel follows, as the channel page lists it. FEEDS: the followed-feeds feature
 * fills `ChannelPageData.feeds`; until then the settings show no feeds row.
 */
export interface FollowedFeedLine {
  url: string;
  title?: string;
  /** A short health note, e.g. "last checked 10 min ago" or the last error. */
  note?: string;
}

/** Everything one channel page shows, gathered by the route. */
export interface ChannelPageData {
  ref: ChannelRef;
  settings: ChannelSettings;
  /** Briefs posted to the channel, newest first. */
  briefs: readonly ChannelBriefEntry[];
  /** Events not yet over that start within the next `days` days, by start time. */
  events: readonly ChannelEvent[];
  days: number;
  now: Date;
  /** The channel's ICS feed, reached with the page token. */
  calendarHref: string;
  feeds?: readonly FollowedFeedLine[];
}

/** One event under its day, with the time shown in the channel's zone. */
export interface DayItem {
  event: ChannelEvent;
  /** HH:MM in the channel's zone, or null for an all-day or month-only event. */
  time: string | null;
  /** The time as the article gave it, when its zone differs from the channel's ("18:30 America/New_York"). */
  originalTime: string | null;
}

export interface DayGroup {
  /** YYYY-MM-DD, or YYYY-MM for events the article dated only to the month. */
  key: string;
  items: DayItem[];
}

/** The events grouped by local day in `zone` (timed events by the day their time falls on there), in order. */
export function groupByDay(events: readonly ChannelEvent[], zone: string): DayGroup[] {
  const groups = new Map<string, DayItem[]>();
  for (const event of events) {
    let key = event.date;
    let time: string | null = null;
    let originalTime: string | null = null;
    if (event.time && !isMonth(event.date)) {
      const local = localParts(new Date(event.startsAt), zone);
      key = local.date;
      time = local.time;
      if (event.timezone && event.timezone !== zone) originalTime = `${event.time} ${event.timezone}`;
    }
    const items = groups.get(key) ?? [];
    items.push({ event, time, originalTime });
    groups.set(key, items);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, items]) => ({ key, items }));
}
