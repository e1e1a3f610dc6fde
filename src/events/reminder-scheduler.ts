import type { Queue } from 'bullmq';
import type { Clock } from '../clock/clock';
import type { ReminderJobData } from '../queue/payloads';
import type { ChannelEvent } from './channel-event';
import { planReminders } from './reminder-plan';

export const reminderJobName = 'remind';

/**
 * Keeps an event's delayed reminder jobs equal to its plan: one job per (event, channel, lead)
 * with a deterministic id, so replanning, retries and restarts never double a reminder.
 */
export class ReminderScheduler {
  constructor(private readonly deps: { queue: Queue; clock: Clock }) {}

  /** Removes the event's planned jobs and adds the ones its current date, zone and leads call for. Returns the new job ids. */
  async replan(event: ChannelEvent, channelZone: string, leads: readonly string[] | null): Promise<string[]> {
    await this.clear(event);
    const now = this.deps.clock.now();
    const plan = planReminders(event, channelZone, leads, now);
    for (const reminder of plan) {
      const data: ReminderJobData = {
        platform: event.platform,
        channel: event.channel,
        ...(event.team !== undefined ? { team: event.team } : {}),
        eventId: event.id,
        lead: reminder.lead,
        at: reminder.at.getTime(),
      };
      await this.deps.queue.add(reminderJobName, data, {
        jobId: reminder.jobId,
        delay: Math.max(0, reminder.at.getTime() - now.getTime()),
        attempts: 5,
        backoff: { type: 'exponential', delay: 5000 },
        removeOnComplete: true,
        removeOnFail: 1000,
      });
    }
    return plan.map((r) => r.jobId);
  }

  /** Removes every job planned for the event (a job already running finishes on its own). */
  async clear(event: Pick<ChannelEvent, 'reminderJobs'>): Promise<void> {
    for (const id of event.reminderJobs) await this.deps.queue.remove(id);
  }
}
