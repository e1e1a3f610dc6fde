import type { Queue } from 'bullmq';
import type { DigestJobData } from '../queue/payloads';
import { channelRefOf, type ChannelRef } from '../storage/channel-settings-store';

export const digestJobName = 'digest';

/** A digest time the person typed that briefbot cannot use. */
export class InvalidDigestTimeError extends Error {
  readonly code = 'INVALID_DIGEST_TIME';
  constructor(readonly input: string) {
    super(`"${input}" is not a time of day. Use 24-hour HH:MM, e.g. 08:00 or 17:30.`);
    this.name = 'InvalidDigestTimeError';
  }
}

/** "8:00" / "08:00" → "08:00". */
export function parseDigestTime(input: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(input.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new InvalidDigestTimeError(input);
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

/** How often a channel's digest comes: every day, Monday to Friday, or once a week on a day. */
export type DigestCadence = 'daily' | 'weekdays' | 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';

const weekdayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const longNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "weekdays", "daily", "mon", "Monday", "mondays" → the cadence; null for anything else. */
export function parseDigestCadence(word: string): DigestCadence | null {
  const w = word.trim().toLowerCase().replace(/s$/, '');
  if (w === 'daily' || w === 'every-day' || w === 'day') return 'daily';
  if (w === 'weekday') return 'weekdays';
  if (w === 'weekly') return 'mon';
  const i = longNames.findIndex((n) => n === w || n.slice(0, 3) === w || (w.length >= 3 && n.startsWith(w)));
  return i >= 0 ? (weekdayNames[i] ?? null) : null;
}

/** "every day", "on weekdays", "every Monday". */
export function describeCadence(cadence: DigestCadence): string {
  if (cadence === 'daily') return 'every day';
  if (cadence === 'weekdays') return 'Monday to Friday';
  const i = weekdayNames.indexOf(cadence);
  const name = longNames[i] ?? cadence;
  return `every ${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/**
 * Cron pattern for `time` ("HH:MM") on the cadence's days, read in the scheduler's `tz` (so the
 * local time holds across daylight-saving changes).
 */
export function digestCron(time: string, cadence: DigestCadence = 'daily'): string {
  const [h, m] = time.split(':').map(Number);
  const days =
    cadence === 'daily' ? '*' : cadence === 'weekdays' ? '1-5' : String(weekdayNames.indexOf(cadence));
  return `${m} ${h} * * ${days}`;
}

/** One scheduler per channel; the id has no ':' so it is also safe in job ids. */
export function digestSchedulerId(ref: ChannelRef): string {
  const team = ref.team !== undefined ? `${ref.team}-` : '';
  return `digest-${ref.platform}-${team}${ref.channel}`;
}

/**
 * The daily digest of each channel as a BullMQ job scheduler (cron pattern + the channel's
 * IANA zone). cron-parser, which BullMQ uses, runs a time skipped by spring-forward once,
 * an hour late, and a repeated time once, so each local day gets exactly one digest.
 */
export class DigestScheduler {
  constructor(private readonly deps: { queue: Queue }) {}

  /** Creates or replaces the channel's schedule (also after a time-zone change). */
  async set(
    ref: ChannelRef,
    time: string,
    timezone: string,
    cadence: DigestCadence = 'daily',
  ): Promise<void> {
    const data: DigestJobData = channelRefOf(ref);
    await this.deps.queue.upsertJobScheduler(
      digestSchedulerId(ref),
      { pattern: digestCron(time, cadence), tz: timezone },
      {
        name: digestJobName,
        data,
        opts: {
          removeOnComplete: 100,
          removeOnFail: 100,
          attempts: 3,
          backoff: { type: 'exponential', delay: 10_000 },
        },
      },
    );
  }

  /** `/brief digest now`: one digest job at once (the worker posts it; the bot process never posts). */
  async requestNow(ref: ChannelRef, at: number): Promise<void> {
    const data: DigestJobData = { ...channelRefOf(ref), force: true };
    // One per channel per minute, so a double-clicked command posts once.
    const jobId = `${digestSchedulerId(ref)}-now-${Math.floor(at / 60_000)}`;
    await this.deps.queue.add(digestJobName, data, {
      jobId,
      removeOnComplete: true,
      removeOnFail: 100,
      attempts: 3,
    });
  }

  async remove(ref: ChannelRef): Promise<void> {
    await this.deps.queue.removeJobScheduler(digestSchedulerId(ref));
  }

  /** The next run (ms) of the channel's digest, or null when it has none. */
  async nextRun(ref: ChannelRef): Promise<number | null> {
    const scheduler = await this.deps.queue.getJobScheduler(digestSchedulerId(ref));
    return scheduler?.next ?? null;
  }
}
