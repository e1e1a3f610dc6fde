import type { EventLine } from '../core/chat-message';
import type { ChannelRef, ChannelSettingsStore } from '../storage/channel-settings-store';
import type { RedisEventLedger } from '../storage/redis/redis-event-ledger';
import { eventSpan, isCalledOff, type ChannelEvent } from './channel-event';
import { dateRefOf } from './date-ref';
import { toEventLine } from './event-line';
import type { ReminderScheduler } from './reminder-scheduler';

export interface EventFixesDeps {
  ledger: RedisEventLedger;
  reminders: ReminderScheduler;
  settings: ChannelSettingsStore;
}

/** What a person asked to change, when the date a button named is no longer a channel event. */
export type FixOutcome<T> = { found: true; value: T } | { found: false };

/** The right date a manager typed: a day, a day with a time (in the channel's zone), or a month. */
export interface CorrectedDate {
  date: string;
  time: string | null;
}

/** A personal reminder asked for: when it goes out, or why it cannot. */
export type PersonalReminder =
  | { planned: true; event: EventLine; at: number }
  | { planned: false; event: EventLine; reason: 'too-late' | 'called-off' };

/**
 * The fixes the buttons on a posted brief make ("Not an event", "Wrong date…", "Remind me"), by the
 * date reference the button carries (src/events/date-ref.ts). `/brief events remove N` does the same
 * removal by list number.
 */
export class EventFixes {
  constructor(private readonly deps: EventFixesDeps) {}

  /** The channel's event a brief's date became, or null (removed, past retention, never recorded). */
  async find(ref: ChannelRef, dateRef: string): Promise<ChannelEvent | null> {
    const events = await this.deps.ledger.list(ref, { after: 0, before: Number.MAX_SAFE_INTEGER });
    return events.find((e) => e.sources.some((s) => dateRefOf(s.briefKey, s.quote) === dateRef)) ?? null;
  }

  /** Removes the event with its reminders (the channel's and personal ones) and keeps it from coming back. */
  async remove(ref: ChannelRef, dateRef: string): Promise<FixOutcome<EventLine>> {
    const event = await this.find(ref, dateRef);
    if (!event) return { found: false };
    const { timezone } = await this.deps.settings.get(ref);
    await this.deps.reminders.clear(event);
    await this.deps.ledger.remove(event);
    return { found: true, value: toEventLine(event, timezone) };
  }

  /** Moves the event to the right date: its reminders (personal ones too) and the calendar follow. */
  async redate(
    ref: ChannelRef,
    dateRef: string,
    corrected: CorrectedDate,
  ): Promise<FixOutcome<{ before: EventLine; after: EventLine }>> {
    const event = await this.find(ref, dateRef);
    if (!event) return { found: false };
    const { timezone, reminderLeads } = await this.deps.settings.get(ref);
    const before = toEventLine(event, timezone);
    if (event.date !== corrected.date) event.previousDate = event.date;
    event.date = corrected.date;
    event.time = corrected.time;
    // A time typed by a person in the channel is in the channel's zone.
    event.timezone = null;
    Object.assign(event, eventSpan(event, timezone));
    if (isCalledOff(event.status)) event.status = 'scheduled';
    event.reminderJobs = await this.deps.reminders.replan(event, timezone, reminderLeads);
    await this.deps.ledger.save(event);
    return { found: true, value: { before, after: toEventLine(event, timezone) } };
  }

  /** Plans one direct-message reminder of the event for `user`, beside the channel's reminders. */
  async remindUser(ref: ChannelRef, dateRef: string, user: string): Promise<FixOutcome<PersonalReminder>> {
    const event = await this.find(ref, dateRef);
    if (!event) return { found: false };
    const { timezone, reminderLeads } = await this.deps.settings.get(ref);
    const line = toEventLine(event, timezone);
    if (isCalledOff(event.status))
      return { found: true, value: { planned: false, event: line, reason: 'called-off' } };
    const planned = await this.deps.reminders.planPersonal(event, user, timezone, reminderLeads);
    if (!planned) return { found: true, value: { planned: false, event: line, reason: 'too-late' } };
    if (!event.reminderJobs.includes(planned.jobId)) event.reminderJobs.push(planned.jobId);
    await this.deps.ledger.save(event);
    return { found: true, value: { planned: true, event: line, at: planned.at } };
  }
}
