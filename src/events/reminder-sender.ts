import type { Logger } from 'pino';
import type { MessageRef } from '../core/destination';
import type { Clock } from '../clock/clock';
import { channelRefOf, type ChannelSettingsStore } from '../storage/channel-settings-store';
import type { EventMarks } from '../storage/event-marks';
import { isCalledOff, isMonthOnly, type ChannelEvent } from './channel-event';
import { toEventLine } from './event-line';
import type { ChatLookup } from './event-recorder';
import { postOptionsOf } from '../chat/chat-port';
import type { RedisEventLedger } from '../storage/redis/redis-event-ledger';
import { personalReminderJobId, reminderDeadline, reminderJobId } from './reminder-plan';
import { localParts } from './zoned-time';
import type { ReminderJobData } from '../queue/payloads';

export interface ReminderSenderDeps {
  ledger: RedisEventLedger;
  settings: ChannelSettingsStore;
  chat: ChatLookup;
  clock: Clock;
  logger: Logger;
  /** For the "already sent" marker that keeps a retried job from posting twice. */
  marks: Pick<EventMarks, 'reminderSent' | 'markReminderSent'>;
}

export type ReminderResult =
  | { sent: true; ref: MessageRef }
  | {
      sent: false;
      reason: 'event-gone' | 'called-off' | 'too-late' | 'already-sent' | 'stale-job' | 'no-direct-messages';
    };

/** How far ahead the event is, in words, for the reminder line ("in 2 hours", "tomorrow", "this month"). */
export function leadPhrase(
  event: Pick<ChannelEvent, 'date' | 'time' | 'startsAt'>,
  now: number,
  zone: string,
): string {
  if (isMonthOnly(event.date))
    return localParts(new Date(now), zone).date.startsWith(event.date) ? 'this month' : 'next month';
  if (!event.time) {
    const today = localParts(new Date(now), zone).date;
    const days = Math.round((Date.parse(event.date) - Date.parse(today)) / 86_400_000);
    return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  }
  const minutes = Math.round((event.startsAt - now) / 60_000);
  if (minutes < 1) return 'now';
  if (minutes < 90) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return `in ${days} day${days === 1 ? '' : 's'}`;
}

/**
 * Sends one reminder: a reply in the thread of the brief that announced the event. A reminder
 * that comes due after the event (the service was down) is dropped with a log line, never posted late.
 */
export async function sendReminder(job: ReminderJobData, deps: ReminderSenderDeps): Promise<ReminderResult> {
  const ref = channelRefOf(job);
  const event = await deps.ledger.get(ref, job.eventId);
  if (!event) return { sent: false, reason: 'event-gone' };
  if (isCalledOff(event.status)) return { sent: false, reason: 'called-off' };
  const jobId =
    job.user !== undefined ? personalReminderJobId(event, job.user) : reminderJobId(event, job.lead);
  // A job the event no longer plans (moved while this one was already running) must not post.
  if (!event.reminderJobs.includes(jobId)) return { sent: false, reason: 'stale-job' };
  const now = deps.clock.now().getTime();
  if (now >= reminderDeadline(event)) {
    deps.logger.info(
      {
        eventId: event.id,
        channel: job.channel,
        platform: job.platform,
        lead: job.lead,
        dueAt: new Date(job.at).toISOString(),
      },
      'reminder dropped: it came due after the event started (the service was down)',
    );
    return { sent: false, reason: 'too-late' };
  }
  if (await deps.marks.reminderSent(jobId, job.at)) return { sent: false, reason: 'already-sent' };

  const port = deps.chat(job.platform);
  if (!port) throw new Error(`No chat adapter for ${job.platform} in this worker`);
  const { timezone } = await deps.settings.get(ref);
  const line = toEventLine(event, timezone);
  const message = { kind: 'reminder', event: line, lead: leadPhrase(event, now, timezone) } as const;
  let posted: MessageRef;
  if (job.user !== undefined) {
    // "Remind me": to the member alone, by direct message.
    if (!port.direct) return { sent: false, reason: 'no-direct-messages' };
    posted = await port.direct(job.user, message, job.team);
  } else {
    const thread = event.sources.find((s) => s.messageId)?.messageId;
    posted = await port.post(job.channel, message, postOptionsOf({ replyTo: thread, team: job.team }));
  }
  await deps.marks.markReminderSent(jobId, job.at, Math.max(60_000, event.endsAt - now + 86_400_000));
  return { sent: true, ref: posted };
}
