import type { When } from '../core/chat-message';
import { isKnownZone, localParts, zonedToUtc } from './zoned-time';

/** The zone a time is read in: the article's when it names a real zone, else the channel's. */
export function effectiveZone(articleZone: string | null, channelZone: string): string {
  return articleZone !== null && isKnownZone(articleZone) ? articleZone : channelZone;
}

/**
 * How a dated item of a brief shows in a channel: a timed one becomes its instant (in the article's
 * zone, or the channel's when the article gave none) and the channel's local date and time of it;
 * a day or a month stays as it is. The events ledger computes `startsAt` the same way.
 */
export function whenInChannel(
  item: { date: string; time: string | null; timezone: string | null },
  channelZone: string,
): When {
  if (item.time === null || !/^\d{4}-\d{2}-\d{2}$/.test(item.date))
    return { date: item.date, time: null, timezone: channelZone };
  const at = zonedToUtc(item.date, item.time, effectiveZone(item.timezone, channelZone)).getTime();
  const local = localParts(new Date(at), channelZone);
  return { date: local.date, time: local.time, timezone: channelZone, at };
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** The one date format of every view: "2022-01-10" → "Mon 10 Jan 2022"; "2022-03" → "March 2022". */
export function humanDate(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date))
    return dayFormat.format(new Date(`${date}T00:00:00Z`)).replace(',', '');
  if (/^\d{4}-\d{2}$/.test(date)) return monthFormat.format(new Date(`${date}-01T00:00:00Z`));
  return date;
}

/** Plain words for a `When`: "Mon 10 Jan 2022 14:00 (Europe/Berlin)", "Mon 10 Jan 2022", "March 2022". */
export function whenText(when: When): string {
  return when.time ? `${humanDate(when.date)} ${when.time} (${when.timezone})` : humanDate(when.date);
}
