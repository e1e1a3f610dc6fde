import type { EventLine } from '../core/chat-message';

/** One event as a plain-text line: "• Mon 2025-03-10 14:00 — Russia-NATO meeting, Brussels". */
export function eventText(line: EventLine): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(line.date)
    ? `${new Date(`${line.date}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })} ${line.date}`
    : line.date;
  const when = line.time ? `${day} ${line.time}` : day;
  const where = line.where ? `, ${line.where}` : '';
  const status =
    line.status === 'cancelled' ? ' (called off)' : line.status === 'rescheduled' ? ' (rescheduled)' : '';
  const source = line.url ? ` <${line.url}>` : '';
  return `• ${when} — ${line.what}${where}${status}${source}`;
}

/** The reply of `/brief events`: every event on its own line, or one line saying there are none. */
export function eventsText(lines: readonly EventLine[], days: number, timezone: string): string {
  if (lines.length === 0) return `No events in the next ${days} day${days === 1 ? '' : 's'}.`;
  return [
    `Events in the next ${days} day${days === 1 ? '' : 's'} (times in ${timezone}):`,
    ...lines.map(eventText),
  ].join('\n');
}
