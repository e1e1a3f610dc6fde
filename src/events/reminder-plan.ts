import { isCalledOff, isMonthOnly, type ChannelEvent } from './channel-event';
import { addDays, localParts, weekdayOf, zonedToUtc } from './zoned-time';

/** Reminders of all-day and month-only events go out at this local time. */
export const reminderHour = '09:00';
/** Defaults: the day before and the day itself at 09:00 for all-day events. */
export const defaultAllDayLeads = ['1d', '0d'] as const;
/** Defaults: 24 hours and 1 hour before timed events. */
export const defaultTimedLeads = ['24h', '1h'] as const;
/** The one reminder of a month-only event, on the first working day of the month. */
export const monthLead = 'month';

const leadPattern = /^(\d{1,4})([dhms])$/;
const unitMs = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 } as const;

/** A lead list the person typed that briefbot cannot use. */
export class InvalidLeadsError extends Error {
  readonly code = 'INVALID_REMINDER_LEADS';
  constructor(readonly input: string) {
    super(
      `"${input}" is not a list of leads. Use e.g. 1d,2h,30m (days, hours, minutes, seconds), "default" or "off".`,
    );
    this.name = 'InvalidLeadsError';
  }
}

/** Parses `/brief remind` arguments: "1d,2h" → ["1d","2h"]; "default" → null; "off" → []. */
export function parseLeads(input: string): string[] | null {
  const text = input.trim().toLowerCase();
  if (text === 'default' || text === 'defaults') return null;
  if (text === 'off' || text === 'none') return [];
  const leads = text.split(/[\s,]+/).filter(Boolean);
  if (leads.length === 0 || leads.length > 5) throw new InvalidLeadsError(input);
  for (const lead of leads) {
    const m = leadPattern.exec(lead);
    if (!m || Number(m[1]) * unitMs[m[2] as keyof typeof unitMs] > 60 * unitMs.d)
      throw new InvalidLeadsError(input);
  }
  return [...new Set(leads)];
}

/** The instant after which a reminder would come too late: the start of a timed event, the end of a day / month. */
export function reminderDeadline(event: Pick<ChannelEvent, 'time' | 'startsAt' | 'endsAt' | 'date'>): number {
  return event.time && !isMonthOnly(event.date) ? event.startsAt : event.endsAt;
}

export interface PlannedReminder {
  lead: string;
  at: Date;
  jobId: string;
}

/** `remind-<event>-<platform>-<channel>-<lead>`: BullMQ ids may not hold ':'. */
export function reminderJobId(
  event: Pick<ChannelEvent, 'id' | 'platform' | 'channel' | 'team'>,
  lead: string,
): string {
  const team = event.team !== undefined ? `${event.team}-` : '';
  return `remind-${event.id}-${event.platform}-${team}${event.channel}-${lead}`;
}

/** `remind-<event>-<platform>-<channel>-me-<user>`: the one direct-message reminder a member asked for. */
export function personalReminderJobId(
  event: Pick<ChannelEvent, 'id' | 'platform' | 'channel'>,
  user: string,
): string {
  return `${reminderJobId(event, 'me')}-${user}`;
}

/** The members who asked for a personal reminder of the event, read back from its planned job ids. */
export function personalReminderUsers(
  event: Pick<ChannelEvent, 'id' | 'platform' | 'channel' | 'reminderJobs'>,
): string[] {
  const prefix = `${reminderJobId(event, 'me')}-`;
  return event.reminderJobs.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
}

function firstWorkingDay(month: string): string {
  let day = `${month}-01`;
  while (weekdayOf(day) === 0 || weekdayOf(day) === 6) day = addDays(day, 1);
  return day;
}

function leadInstant(event: ChannelEvent, lead: string, channelZone: string): Date {
  const m = leadPattern.exec(lead);
  const amount = Number(m?.[1] ?? 0);
  const unit = (m?.[2] ?? 'h') as keyof typeof unitMs;
  if (!event.time) {
    // All-day: leads count back from 09:00 of the day, in whole local days for "d".
    if (unit === 'd') return zonedToUtc(addDays(event.date, -amount), reminderHour, channelZone);
    return new Date(zonedToUtc(event.date, reminderHour, channelZone).getTime() - amount * unitMs[unit]);
  }
  if (unit === 'd') {
    const zone = event.timezone ?? channelZone;
    const local = localParts(new Date(event.startsAt), zone);
    return zonedToUtc(addDays(local.date, -amount), local.time, zone);
  }
  return new Date(event.startsAt - amount * unitMs[unit]);
}

/**
 * The reminders an event should have now: one per lead, in the channel's zone, keeping only
 * those still ahead of `now` and before the event. Called-off events and `leads = []` get none.
 */
export function planReminders(
  event: ChannelEvent,
  channelZone: string,
  leads: readonly string[] | null,
  now: Date,
): PlannedReminder[] {
  if (isCalledOff(event.status) || (leads !== null && leads.length === 0)) return [];
  const deadline = reminderDeadline(event);
  let plan: { lead: string; at: Date }[];
  if (isMonthOnly(event.date)) {
    plan = [{ lead: monthLead, at: zonedToUtc(firstWorkingDay(event.date), reminderHour, channelZone) }];
  } else {
    const chosen = leads ?? (event.time ? defaultTimedLeads : defaultAllDayLeads);
    plan = chosen.map((lead) => ({ lead, at: leadInstant(event, lead, channelZone) }));
  }
  return plan
    .filter((p) => p.at.getTime() > now.getTime() && p.at.getTime() < deadline)
    .map((p) => ({ ...p, jobId: reminderJobId(event, p.lead) }));
}
