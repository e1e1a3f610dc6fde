import type { Queue } from 'bullmq';
import type { DigestJobData } from '../queue/payloads';
import type { ChannelRef } from '../storage/channel-settings-store';

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

/** Cron pattern for every day at `time` ("HH:MM"), read in the scheduler's `tz`. */
export function digestCron(time: string): string {
  const [h, m] = time.split(':').map(Number);
  return `${m} ${h} * * *`;
}

/** One scheduler per channel; the id has no ':' so it is also safe in job ids. */
export function digestSchedulerId(ref: ChannelRef): string {
  return `digest-${ref.platform}-${ref.channel}`;
}

/**
 * The daily digest of each channel as a BullMQ job scheduler (cron pattern + the channel's
 * IANA zone). cron-parser, which BullMQ uses, runs a time skipped by spring-forward once,
 * an hour late, and a repeated time once, so each local day gets exactly one digest.
 */
export class DigestScheduler {
  constructor(private readonly deps: { queue: Queue }) {}

  /** Creates or replaces the channel's schedule (also after a time-zone change). */
  async set(ref: ChannelRef, time: string, timezone: string): Promise<void> {
    const data: DigestJobData = { platform: ref.platform, channel: ref.channel };
    await this.deps.queue.upsertJobScheduler(
      digestSchedulerId(ref),
      { pattern: digestCron(time), tz: timezone },
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
    const data: DigestJobData = { platform: ref.platform, channel: ref.channel, force: true };
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
