import type { Queue } from 'bullmq';
import type { RedisClient as Redis } from '../core/redis-client';
import type { Logger } from 'pino';
import type { Destination, MessageRef } from '../core/destination';
import type { EventLine } from '../core/chat-message';
import type { Clock } from '../clock/clock';
import type { Brief } from '../engine/brief';
import { channelRefOf, type ChannelRef, type ChannelSettingsStore } from '../storage/channel-settings-store';
import { CalendarTokens } from './calendar-tokens';
import { buildCalendarFeed } from './calendar-feed';
import { DeliveredBriefLog } from './delivered-brief-log';
import { DigestScheduler } from './digest-schedule';
import { sendDigest, type DigestResult } from './digest-sender';
import { toEventLine } from './event-line';
import { EventFixes } from './event-fixes';
import { EventRecorder, type ChatLookup, type RecordOutcome } from './event-recorder';
import { RedisEventLedger } from '../storage/redis/redis-event-ledger';
import { RedisCalendarTokenIndex, RedisEventMarks } from '../storage/redis/redis-event-marks';
import type { ReminderJobData } from '../queue/payloads';
import { ReminderScheduler } from './reminder-scheduler';
import { sendReminder, type ReminderResult } from './reminder-sender';

/** Everything the events feature needs, built once in a composition root. */
export interface EventsDeps {
  redis: Redis;
  /** Key prefix (BRIEFBOT_PREFIX). */
  prefix: string;
  /** The `reminders` queue (delayed jobs) and the `digests` queue (job schedulers). */
  reminderQueue: Queue;
  digestQueue: Queue;
  settings: ChannelSettingsStore;
  chat: ChatLookup;
  clock: Clock;
  logger: Logger;
  /** EVENT_RETENTION_DAYS: how long past events are kept. */
  retentionDays: number;
}

const dayMs = 86_400_000;

/**
 * The channel calendar: the ledger, reminders, digests and the ICS feed behind one object
 * for the delivery hook, the job processors, the commands and the HTTP route.
 */
export class EventsModule {
  readonly ledger: RedisEventLedger;
  readonly delivered: DeliveredBriefLog;
  readonly reminders: ReminderScheduler;
  readonly digests: DigestScheduler;
  readonly tokens: CalendarTokens;
  /** The posted brief's buttons: "Not an event", "Wrong date…", "Remind me". */
  readonly fixes: EventFixes;
  private readonly recorder: EventRecorder;
  private readonly marks: RedisEventMarks;

  constructor(private readonly deps: EventsDeps) {
    this.ledger = new RedisEventLedger(deps.redis, deps.prefix, deps.retentionDays, deps.clock);
    this.delivered = new DeliveredBriefLog(deps.redis, deps.prefix);
    this.reminders = new ReminderScheduler({ queue: deps.reminderQueue, clock: deps.clock });
    this.digests = new DigestScheduler({ queue: deps.digestQueue });
    this.marks = new RedisEventMarks(deps.redis, deps.prefix);
    this.tokens = new CalendarTokens({
      index: new RedisCalendarTokenIndex(deps.redis, deps.prefix),
      settings: deps.settings,
    });
    this.fixes = new EventFixes({ ledger: this.ledger, reminders: this.reminders, settings: deps.settings });
    this.recorder = new EventRecorder({ ...deps, ledger: this.ledger, reminders: this.reminders });
  }

  /** The delivery service's hook: a brief was posted to `destination` as message `ref`. */
  async onDelivered(brief: Brief, destination: Destination, ref: MessageRef): Promise<RecordOutcome> {
    const channel: ChannelRef = channelRefOf(destination);
    const line = { title: brief.title, what: brief.what, ...(brief.url ? { url: brief.url } : {}) };
    await this.delivered.add(channel, line, this.deps.clock.now().getTime());
    // A brief posted inside a thread is announced by the thread's root.
    return this.recorder.record(brief, { ...channel, messageId: destination.replyTo ?? ref.id });
  }

  /** Upcoming events of a channel for the next `days` days, as chat shows them. */
  async upcoming(ref: ChannelRef, days: number): Promise<EventLine[]> {
    const { timezone } = await this.deps.settings.get(ref);
    const now = this.deps.clock.now().getTime();
    const events = await this.ledger.list(ref, { after: now, before: now + days * dayMs });
    return events.map((e) => toEventLine(e, timezone));
  }

  /** After a change of leads or zone: plans every future event's reminders again. Returns how many events. */
  async replanChannel(ref: ChannelRef): Promise<number> {
    const { timezone, reminderLeads } = await this.deps.settings.get(ref);
    const now = this.deps.clock.now().getTime();
    const events = await this.ledger.list(ref, { after: now, before: Number.MAX_SAFE_INTEGER });
    for (const event of events) {
      event.reminderJobs = await this.reminders.replan(event, timezone, reminderLeads);
      await this.ledger.save(event);
    }
    return events.length;
  }

  /**
   * Removes the `index`-th (1-based) upcoming event, in the order `/brief events` lists them, with its
   * reminders. Returns the removed event as chat shows it, or null when there is no such event.
   */
  async removeUpcoming(ref: ChannelRef, index: number): Promise<EventLine | null> {
    const { timezone } = await this.deps.settings.get(ref);
    const now = this.deps.clock.now().getTime();
    const events = await this.ledger.list(ref, { after: now, before: now + 90 * dayMs });
    const event = events[index - 1];
    if (!event) return null;
    await this.reminders.clear(event);
    await this.ledger.remove(event);
    return toEventLine(event, timezone);
  }

  /** The ICS feed of the channel a token belongs to, or null for an unknown token. */
  async calendarFeed(token: string): Promise<string | null> {
    const ref = await this.tokens.resolve(token);
    if (!ref) return null;
    const now = this.deps.clock.now();
    const events = await this.ledger.list(ref, {
      after: now.getTime() - this.deps.retentionDays * dayMs,
      before: Number.MAX_SAFE_INTEGER,
    });
    const { channelName } = await this.deps.settings.get(ref);
    const name = channelName ? `#${channelName} (briefbot)` : `briefbot ${ref.platform} ${ref.channel}`;
    return buildCalendarFeed(events, { name, now });
  }

  sendReminder(job: ReminderJobData): Promise<ReminderResult> {
    return sendReminder(job, { ...this.deps, ledger: this.ledger, marks: this.marks });
  }

  sendDigest(ref: ChannelRef, options: { force?: boolean } = {}): Promise<DigestResult> {
    return sendDigest(
      ref,
      { ...this.deps, ledger: this.ledger, delivered: this.delivered, marks: this.marks },
      options,
    );
  }
}

/** What the /brief events | digest | remind | calendar commands use of the events feature. */
export type EventsCommandPort = Pick<
  EventsModule,
  'upcoming' | 'replanChannel' | 'removeUpcoming' | 'digests' | 'tokens' | 'fixes'
>;
