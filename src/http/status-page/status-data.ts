import type { Queue } from 'bullmq';
import { z } from 'zod';
import type { Clock } from '../../clock/clock';

/** Job counts of one queue. */
export interface QueueCountsLine {
  queue: string;
  counts: Record<'waiting' | 'active' | 'delayed' | 'failed' | 'completed', number>;
}

/** A failed job with the reason BullMQ kept. */
export interface FailureLine {
  queue: string;
  id: string;
  reason: string;
  /** When it failed (ms), when known. */
  at: number | null;
  /** The article URL of a brief job. */
  url?: string;
}

/** Failed delivery jobs of one platform. */
export interface PlatformErrorsLine {
  platform: string;
  failed: number;
  lastReason: string;
  lastAt: number | null;
}

/** A reminder planned within the next 24 hours. */
export interface ReminderDueLine {
  at: number;
  platform: string;
  channel: string;
  lead: string;
  /** The event's label, when the ledger still has it. */
  what: string | null;
}

/** FEEDS: one followed feed's health, once the feeds feature provides it. */
export interface FeedHealthLine {
  url: string;
  channels: number;
  lastPolledAt: number | null;
  lastError: string | null;
}

export interface StatusData {
  now: Date;
  queues: QueueCountsLine[];
  failures: FailureLine[];
  deliveryErrors: PlatformErrorsLine[];
  reminders: ReminderDueLine[];
  /** Absent until the feeds feature exists; the page says so. */
  feeds?: FeedHealthLine[];
  /** Where Bull Board is, when mounted. */
  boardHref: string | null;
}

export interface StatusDeps {
  queues: { all: Queue[]; deliveries: Queue; reminders: Queue };
  clock: Clock;
  /** The label of a channel's event, for the reminders list. */
  eventLabel?(platform: string, channel: string, eventId: string): Promise<string | null>;
  feeds?(): Promise<FeedHealthLine[]>;
  boardHref: string | null;
}

const states = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
const deliveryData = z.object({ destination: z.object({ platform: z.string() }) });
const reminderData = z.object({
  platform: z.string(),
  channel: z.string(),
  eventId: z.string(),
  lead: z.string(),
  at: z.number(),
});
const dayMs = 86_400_000;

function firstLine(reason: string | undefined): string {
  return (reason ?? 'no reason recorded').split('\n')[0]!.slice(0, 300);
}

/** Reads what the status page shows from the queues (a few bounded Redis reads). */
export async function gatherStatus(deps: StatusDeps): Promise<StatusData> {
  const now = deps.clock.now();
  const queues = await Promise.all(
    deps.queues.all.map(async (q) => {
      const raw = await q.getJobCounts(...states);
      const counts = Object.fromEntries(states.map((s) => [s, raw[s] ?? 0])) as QueueCountsLine['counts'];
      return { queue: q.name, counts };
    }),
  );
  const failedByQueue = await Promise.all(
    deps.queues.all.map(async (q) => (await q.getFailed(0, 9)).map((job) => ({ queue: q.name, job }))),
  );
  const failures: FailureLine[] = failedByQueue
    .flat()
    .map(({ queue, job }) => {
      const url = (job.data as { url?: unknown } | undefined)?.url;
      return {
        queue,
        id: job.id ?? '?',
        reason: firstLine(job.failedReason),
        at: job.finishedOn ?? null,
        ...(typeof url === 'string' ? { url } : {}),
      };
    })
    .sort((a, b) => (b.at ?? 0) - (a.at ?? 0))
    .slice(0, 15);

  const byPlatform = new Map<string, PlatformErrorsLine>();
  for (const job of await deps.queues.deliveries.getFailed(0, 499)) {
    const parsed = deliveryData.safeParse(job.data);
    const platform = parsed.success ? parsed.data.destination.platform : 'unknown';
    const line = byPlatform.get(platform) ?? { platform, failed: 0, lastReason: '', lastAt: null };
    line.failed += 1;
    if ((job.finishedOn ?? 0) >= (line.lastAt ?? 0)) {
      line.lastAt = job.finishedOn ?? null;
      line.lastReason = firstLine(job.failedReason);
    }
    byPlatform.set(platform, line);
  }

  const horizon = now.getTime() + dayMs;
  const reminders: ReminderDueLine[] = [];
  for (const job of await deps.queues.reminders.getDelayed(0, 999)) {
    const parsed = reminderData.safeParse(job.data);
    if (!parsed.success || parsed.data.at > horizon) continue;
    const d = parsed.data;
    const what = deps.eventLabel ? await deps.eventLabel(d.platform, d.channel, d.eventId) : null;
    reminders.push({ at: d.at, platform: d.platform, channel: d.channel, lead: d.lead, what });
  }
  reminders.sort((a, b) => a.at - b.at);

  return {
    now,
    queues,
    failures,
    deliveryErrors: [...byPlatform.values()].sort((a, b) => a.platform.localeCompare(b.platform)),
    reminders,
    ...(deps.feeds ? { feeds: await deps.feeds() } : {}),
    boardHref: deps.boardHref,
  };
}
