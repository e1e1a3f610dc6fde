import type { Queue } from 'bullmq';
import type { Clock } from '../clock/clock';
import type { ReminderJobData } from '../queue/payloads';
import type { ChannelEvent } from './channel-event';
import { personalReminderJobId, personalReminderUsers, planReminders } from './reminder-plan';

export const reminderJobName = 'remind';

/**
 * Keeps an event's delayed reminder jobs equal to its plan: one job per (event, channel, lead)
 * with a deterministic id, so replanning, retries and restarts never double a reminder.
 */
export class ReminderScheduler {
  constructor(private readonly deps: { queue: Queue; clock: Clock }) {}

  /**
   * Removes the event's planned jobs and adds the ones its current date, zone and leads call for,
   * members' personal reminders included. Returns the new job ids.
   */
  async replan(event: ChannelEvent, channelZone: string, leads: readonly string[] | null): Promise<string[]> {
    const users = personalReminderUsers(event);
    await this.clear(event);
    const now = this.deps.clock.now();
    const plan = planReminders(event, channelZone, leads, now);
    for (const reminder of plan) await this.add(event, reminder.lead, reminder.at, reminder.jobId);
    const ids = plan.map((r) => r.jobId);
    for (const user of users) {
      const personal = await this.planPersonal(event, user, channelZone, leads);
      if (personal) ids.push(personal.jobId);
    }
    return ids;
  }

  /**
   * One direct-message reminder of the event for `user`, at the channel's first lead still ahead
   * (the earliest warning). Its id is deterministic, so asking twice plans it once. Returns null when
   * no lead is still ahead of now.
   */
  async planPersonal(
    event: ChannelEvent,
    user: string,
    channelZone: string,
    leads: readonly string[] | null,
  ): Promise<{ jobId: string; at: number } | null> {
    const first = planReminders(
      event,
      channelZone,
      leads === null || leads.length > 0 ? leads : null,
      this.deps.clock.now(),
    )[0];
    if (!first) return null;
    const jobId = personalReminderJobId(event, user);
    await this.add(event, first.lead, first.at, jobId, user);
    return { jobId, at: first.at.getTime() };
  }

  private async add(
    event: ChannelEvent,
    lead: string,
    at: Date,
    jobId: string,
    user?: string,
  ): Promise<void> {
    const data: ReminderJobData = {
      platform: event.platform,
      channel: event.channel,
      ...(event.team !== undefined ? { team: event.team } : {}),
      eventId: event.id,
      lead,
      at: at.getTime(),
      ...(user !== undefined ? { user } : {}),
    };
    await this.deps.queue.add(reminderJobName, data, {
      jobId,
      delay: Math.max(0, at.getTime() - this.deps.clock.now().getTime()),
      attempts: 5,
      backoff: { type: 'exponential', delay: 5000 },
      removeOnComplete: true,
      removeOnFail: 1000,
    });
  }

  /** Removes every job planned for the event (a job already running finishes on its own). */
  async clear(event: Pick<ChannelEvent, 'reminderJobs'>): Promise<void> {
    for (const id of event.reminderJobs) await this.deps.queue.remove(id);
  }
}
