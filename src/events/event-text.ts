import type { EventLine } from '../core/chat-message';
import { whenText } from './event-when';

/** One event as a plain-text line: "• Mon 10 Mar 2025 14:00 (Europe/Berlin) — Russia-NATO meeting, Brussels". */
export function eventText(line: EventLine): string {
  const where = line.where ? `, ${line.where}` : '';
  const status =
    line.status === 'cancelled' ? ' (called off)' : line.status === 'rescheduled' ? ' (moved)' : '';
  const source = line.title ? ` (${line.title})` : '';
  return `• ${whenText(line)} — ${line.what}${where}${status}${source}`;
}

/** The words of `/brief events`: every event on its own line, or one line saying there are none. */
export function eventsText(lines: readonly EventLine[], days: number, timezone: string): string {
  if (lines.length === 0) return `No events in the next ${days} day${days === 1 ? '' : 's'}.`;
  return [
    `Events in the next ${days} day${days === 1 ? '' : 's'} (times in ${timezone}):`,
    ...lines.map((line, i) => `${i + 1}. ${eventText(line).slice(2)}`),
  ].join('\n');
}
