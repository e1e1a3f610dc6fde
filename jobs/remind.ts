import type { Job } from 'bullmq';
import type { EventsModule } from '../src/events/events-module';
import type { ReminderResult } from '../src/events/reminder-sender';
import { toJobError } from '../src/queue/job-error';
import { parsePayload, reminderJobSchema } from '../src/queue/payloads';
import { queueNames } from '../src/queue/queue-names';

/** Processor of the `reminders` queue: validate the payload, send the reminder, classify failures. */
export function createRemindProcessor(deps: { events: Pick<EventsModule, 'sendReminder'> }) {
  return async function remind(job: Job): Promise<ReminderResult> {
    try {
      return await deps.events.sendReminder(parsePayload(reminderJobSchema, queueNames.reminders, job.data));
    } catch (err) {
      throw toJobError(err);
    }
  };
}
