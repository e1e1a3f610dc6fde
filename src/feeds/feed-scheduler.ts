import type { Queue } from 'bullmq';
import type { FeedScheduler } from './feed-ports';
import { feedJobNames, feedPollJobSchema, feedSchedulerId } from './feed-payloads';

/**
 * One BullMQ job scheduler per feed on the `feeds` queue (upsertJobScheduler: idempotent, kept in
 * Redis, so restarts and several workers never multiply it). https://docs.bullmq.io/guide/job-schedulers
 */
export function createFeedScheduler(
  queue: Pick<Queue, 'upsertJobScheduler' | 'removeJobScheduler'>,
): FeedScheduler {
  return {
    async schedule(feedId, everySeconds) {
      await queue.upsertJobScheduler(
        feedSchedulerId(feedId),
        { every: everySeconds * 1000 },
        {
          name: feedJobNames.poll,
          data: feedPollJobSchema.parse({ feedId }),
          opts: {
            attempts: 3,
            backoff: { type: 'exponential', delay: 5000 },
            removeOnComplete: { count: 100 },
            removeOnFail: { count: 100 },
          },
        },
      );
    },
    async unschedule(feedId) {
      await queue.removeJobScheduler(feedSchedulerId(feedId));
    },
  };
}
