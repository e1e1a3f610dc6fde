import { UnrecoverableError, type Job } from 'bullmq';
import { ChatPostError } from '../src/chat/chat-port';
import type { EventsModule } from '../src/events/events-module';
import { reminderJobSchema } from '../src/events/reminder-scheduler';
import type { ReminderResult } from '../src/events/reminder-sender';

/** Processor of the `reminders` queue: validate the payload, send the reminder, classify failures. */
export function createRemindProcessor(deps: { events: Pick<EventsModule, 'sendReminder'> }) {
  return async function remind(job: Job): Promise<ReminderResult> {
    const parsed = reminderJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`Invalid reminder payload: ${parsed.error.message}`);
    try {
      return await deps.events.sendReminder(parsed.data);
    } catch (err) {
      if (err instanceof ChatPostError && !err.retryable)
        throw new UnrecoverableError(`${err.code}: ${err.message}`);
      throw err;
    }
  };
}
