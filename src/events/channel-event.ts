import { z } from 'zod';
import type { Platform } from '../core/destination';
import { effectiveZone } from './event-when';
import { addDays, firstDayOfNextMonth, zonedToUtc } from './zoned-time';

/** One article that reported an event, with the message that announced it (for reminder threads). */
export const eventSourceSchema = z.object({
  /** Stable id of the brief (hash of its URL, or of its title when it has none). */
  briefKey: z.string(),
  url: z.string().optional(),
  title: z.string(),
  quote: z.string(),
  /** The delivered brief's message id in this channel (Slack ts, Discord message id). */
  messageId: z.string().optional(),
  addedAt: z.number(),
});

export const eventStatusSchema = z.enum(['scheduled', 'rescheduled', 'cancelled', 'postponed']);

/** A date of the channel's calendar, merged from one or more articles. */
export const channelEventSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+$/),
  platform: z.string(),
  channel: z.string(),
  /** The Slack team, when installed in several workspaces (ADR 035). */
  team: z.string().optional(),
  /** YYYY-MM-DD or YYYY-MM (month-only). */
  date: z.string(),
  time: z.string().nullable(),
  /** The zone the article gave for `time`, if any; otherwise the channel's zone applies. */
  timezone: z.string().nullable(),
  what: z.string(),
  where: z.string().nullable(),
  status: eventStatusSchema,
  /** First instant of the event (ms): its time, or local midnight of its day / month. */
  startsAt: z.number(),
  /** Instant after which the event is past (ms). */
  endsAt: z.number(),
  previousDate: z.string().optional(),
  sources: z.array(eventSourceSchema).min(1),
  /** Ids of the delayed reminder jobs currently planned for this event. */
  reminderJobs: z.array(z.string()),
});

export type EventSource = z.infer<typeof eventSourceSchema>;
export type EventStatus = z.infer<typeof eventStatusSchema>;
export type ChannelEvent = z.infer<typeof channelEventSchema> & { platform: Platform };

export interface EventTiming {
  date: string;
  time: string | null;
  timezone: string | null;
}

/** True for a month-only date (YYYY-MM). */
export function isMonthOnly(date: string): boolean {
  return /^\d{4}-\d{2}$/.test(date);
}

/**
 * When an event starts and stops being upcoming. Timed events start at their time in their own
 * zone (or the channel's) and count as past an hour later; all-day events span their local day
 * in the channel's zone; month-only events span the month.
 */
export function eventSpan(timing: EventTiming, channelZone: string): { startsAt: number; endsAt: number } {
  if (isMonthOnly(timing.date)) {
    const startsAt = zonedToUtc(`${timing.date}-01`, '00:00', channelZone).getTime();
    const endsAt = zonedToUtc(firstDayOfNextMonth(timing.date), '00:00', channelZone).getTime();
    return { startsAt, endsAt };
  }
  if (timing.time) {
    const startsAt = zonedToUtc(
      timing.date,
      timing.time,
      effectiveZone(timing.timezone, channelZone),
    ).getTime();
    return { startsAt, endsAt: startsAt + 3_600_000 };
  }
  return {
    startsAt: zonedToUtc(timing.date, '00:00', channelZone).getTime(),
    endsAt: zonedToUtc(addDays(timing.date, 1), '00:00', channelZone).getTime(),
  };
}

/** The cancelled and postponed states: shown, but never reminded of. */
export function isCalledOff(status: EventStatus): boolean {
  return status === 'cancelled' || status === 'postponed';
}
