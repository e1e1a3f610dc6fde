import type { EventLine } from '../core/chat-message';
import { isMonthOnly, type ChannelEvent } from './channel-event';
import { localParts } from './zoned-time';

/** How chat shows an event: its date and time in the channel's zone, the first article that reported it. */
export function toEventLine(event: ChannelEvent, channelZone: string): EventLine {
  let date = event.date;
  let time: string | null = null;
  let at: number | undefined;
  if (event.time && !isMonthOnly(event.date)) {
    const local = localParts(new Date(event.startsAt), channelZone);
    date = local.date;
    time = local.time;
    at = event.startsAt;
  }
  const source = event.sources[0];
  const line: EventLine = {
    date,
    time,
    timezone: channelZone,
    what: event.what,
    where: event.where,
    status: event.status === 'scheduled' || event.status === 'rescheduled' ? event.status : 'cancelled',
  };
  if (at !== undefined) line.at = at;
  if (source?.url) line.url = source.url;
  if (source?.title) line.title = source.title;
  return line;
}

/** "2025-03-09 14:00 (Europe/Berlin)" or "2025-03-09" or "2025-03": for notices and logs. */
export function describeWhen(line: Pick<EventLine, 'date' | 'time' | 'timezone'>): string {
  return line.time ? `${line.date} ${line.time} (${line.timezone})` : line.date;
}
