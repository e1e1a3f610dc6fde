import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { postOptionsOf, type ChatPort } from '../chat/chat-port';
import type { Platform } from '../core/destination';
import type { ChatMessage } from '../core/chat-message';
import type { Clock } from '../clock/clock';
import type { Brief, NextDate } from '../engine/brief';
import { channelRefOf, type ChannelRef, type ChannelSettingsStore } from '../storage/channel-settings-store';
import { eventSpan, isCalledOff, type ChannelEvent, type EventSource } from './channel-event';
import { matchEvent } from './event-matching';
import { describeWhen, toEventLine } from './event-line';
import type { RedisEventLedger } from '../storage/redis/redis-event-ledger';
import type { ReminderScheduler } from './reminder-scheduler';

/** Finds the ChatPort of a platform (the worker holds one per configured platform). */
export type ChatLookup = (platform: Platform) => ChatPort | undefined;

export interface EventRecorderDeps {
  ledger: RedisEventLedger;
  reminders: ReminderScheduler;
  settings: ChannelSettingsStore;
  chat: ChatLookup;
  clock: Clock;
  logger: Logger;
}

/** What one delivered brief did to a channel's calendar (event ids). */
export interface RecordOutcome {
  added: string[];
  merged: string[];
  moved: string[];
  calledOff: string[];
}

/** Stable id of a brief: its URL, or its title when it has none. */
export function briefKeyOf(brief: Pick<Brief, 'url' | 'title'>): string {
  return createHash('sha256')
    .update(brief.url ?? `title:${brief.title}`)
    .digest('hex')
    .slice(0, 16);
}

/**
 * Turns the `next` dates of a brief delivered to a channel into that channel's events:
 * new ones are added, the same event from another article gains a source, a moved one is
 * moved (with a "rescheduled" notice), a called-off one is marked; reminders follow.
 */
export class EventRecorder {
  constructor(private readonly deps: EventRecorderDeps) {}

  async record(brief: Brief, ref: ChannelRef & { messageId?: string }): Promise<RecordOutcome> {
    const { ledger, settings, clock } = this.deps;
    const channel: ChannelRef = channelRefOf(ref);
    const outcome: RecordOutcome = { added: [], merged: [], moved: [], calledOff: [] };
    if (brief.next.length === 0) return outcome;
    const now = clock.now().getTime();
    const { timezone, reminderLeads } = await settings.get(channel);
    await ledger.prune(channel, now);
    const existing = await ledger.list(channel, { after: now, before: Number.MAX_SAFE_INTEGER });
    const briefKey = briefKeyOf(brief);

    for (const item of brief.next) {
      const span = eventSpan(item, timezone);
      if (span.endsAt <= now) continue;
      // The channel removed this date ("Not an event", `/brief events remove`): do not bring it back.
      if (await ledger.isDismissed(channel, briefKey, item.quote)) continue;
      // This article's sentence is already an event here (the brief delivered again, or a date the
      // channel corrected with "Wrong date…"): the channel's event stands as it is.
      const recorded = existing.find((e) =>
        e.sources.some((s) => s.briefKey === briefKey && s.quote === item.quote),
      );
      if (recorded) {
        outcome.merged.push(recorded.id);
        continue;
      }
      const source: EventSource = { briefKey, title: brief.title, quote: item.quote, addedAt: now };
      if (brief.url) source.url = brief.url;
      if (ref.messageId) source.messageId = ref.messageId;
      // The engine reads the wording (status); the ledger only acts on it.
      const wording = item.status === 'cancelled' ? 'cancelled' : null;
      const match = matchEvent(item, briefKey, existing);

      if (match.kind === 'new') {
        const event: ChannelEvent = {
          id: randomBytes(6).toString('hex'),
          ...channel,
          date: item.date,
          time: item.time,
          timezone: item.timezone,
          what: item.what,
          where: item.where,
          status: wording ?? 'scheduled',
          ...span,
          sources: [source],
          reminderJobs: [],
        };
        event.reminderJobs = await this.deps.reminders.replan(event, timezone, reminderLeads);
        await ledger.save(event);
        existing.push(event);
        outcome.added.push(event.id);
        continue;
      }

      const event = match.event;
      if (!event.sources.some((s) => s.briefKey === briefKey)) event.sources.push(source);
      if (match.kind === 'moved' && wording !== 'cancelled') {
        const before = toEventLine(event, timezone);
        this.moveTo(event, item, span);
        event.reminderJobs = await this.deps.reminders.replan(event, timezone, reminderLeads);
        await ledger.save(event);
        outcome.moved.push(event.id);
        const after = toEventLine(event, timezone);
        await this.notice(
          channel,
          brief,
          `Rescheduled: ${event.what} is now ${describeWhen(after)} (was ${describeWhen(before)}).`,
        );
      } else if (wording && !isCalledOff(event.status)) {
        event.status = wording;
        await this.deps.reminders.clear(event);
        event.reminderJobs = [];
        await ledger.save(event);
        outcome.calledOff.push(event.id);
        await this.notice(
          channel,
          brief,
          `${wording === 'cancelled' ? 'Cancelled' : 'Postponed'}: ${event.what} (${describeWhen(toEventLine(event, timezone))}).`,
        );
      } else {
        await ledger.save(event);
        outcome.merged.push(event.id);
      }
    }
    return outcome;
  }

  private moveTo(event: ChannelEvent, item: NextDate, span: { startsAt: number; endsAt: number }): void {
    event.previousDate = event.date;
    event.date = item.date;
    event.time = item.time;
    event.timezone = item.timezone;
    if (item.where) event.where = item.where;
    event.status = 'rescheduled';
    event.startsAt = span.startsAt;
    event.endsAt = span.endsAt;
  }

  /** A short notice to the channel; a failed post is logged, never fails the delivery. */
  private async notice(ref: ChannelRef, brief: Brief, text: string): Promise<void> {
    const port = this.deps.chat(ref.platform);
    const message: ChatMessage = brief.url
      ? { kind: 'notice', text, link: { url: brief.url, title: brief.title } }
      : { kind: 'notice', text };
    try {
      if (!port) throw new Error(`no chat port for ${ref.platform}`);
      await port.post(ref.channel, message, postOptionsOf(ref));
    } catch (err) {
      this.deps.logger.warn(
        { err, channel: ref.channel, platform: ref.platform },
        'events: notice not posted',
      );
    }
  }
}
