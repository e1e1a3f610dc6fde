import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import { queueNames } from './queue-names';

/** Finished jobs are kept for inspection (Bull Board, GET /api/briefs/:key), bounded by age and count. */
export const keepCompleted = { age: 24 * 3600, count: 1000 };
export const keepFailed = { age: 7 * 24 * 3600, count: 5000 };

/** Transient failures retry with exponential backoff (2 s, 4 s, 8 s, ...) and jitter, so a flaky site is not hammered in step. */
export const defaultJobOptions: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
  removeOnComplete: keepCompleted,
  removeOnFail: keepFailed,
};

export interface BriefbotQueues {
  briefs: Queue;
  deliveries: Queue;
  reminders: Queue;
  digests: Queue;
  /** Followed feeds: one job scheduler per feed (polls) and follow requests (docs/adr/021). */
  feeds: Queue;
  /** Every queue, for Bull Board, metrics and shutdown. */
  all(): Queue[];
  close(): Promise<void>;
}

/**
 * The queues on one connection, with BRIEFBOT_PREFIX as the BullMQ prefix.
 * Pass the input-side connection where adding must fail fast, a worker connection elsewhere.
 */
export function createQueues(
  connection: ConnectionOptions,
  prefix: string,
  jobOptions: DefaultJobOptions = defaultJobOptions,
): BriefbotQueues {
  const make = (name: string) =>
    new Queue(name, { connection, prefix, defaultJobOptions: jobOptions, skipWaitingForReady: true });
  const briefs = make(queueNames.briefs);
  const deliveries = make(queueNames.deliveries);
  const reminders = make(queueNames.reminders);
  const digests = make(queueNames.digests);
  const feeds = make(queueNames.feeds);
  const all = () => [briefs, deliveries, reminders, digests, feeds];
  return {
    briefs,
    deliveries,
    reminders,
    digests,
    feeds,
    all,
    close: async () => {
      await Promise.allSettled(all().map((q) => q.close()));
    },
  };
}
