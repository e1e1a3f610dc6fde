import type { Queue } from 'bullmq';
import type { RedisClient as Redis } from '../../core/redis-client';
import { feedPollJobSchema } from '../../feeds/feed-payloads';
import { createFeedScheduler } from '../../feeds/feed-scheduler';
import { RedisFeedStore } from '../../feeds/redis-feed-store';
import type { Logger } from '../../logging/logger';

/** What an uninstalled team leaves running, and how many of each went. */
export interface ForgottenSchedules {
  digests: number;
  reminders: number;
  follows: number;
}

const teamOf = (data: unknown): string | undefined => (data as { team?: string } | undefined)?.team;

/**
 * After a Slack workspace uninstalled briefbot (or revoked its token): removes that team's digest
 * schedules, its delayed reminders and its feed follows (a feed no other channel follows stops being
 * polled). Only jobs whose data carry the team are touched, so other workspaces and single-token
 * channels keep theirs. Uninstalls are rare; this reads every scheduler and delayed reminder once.
 */
export function createForgetSlackTeam(deps: {
  queues: { digests: Queue; reminders: Queue; feeds: Queue };
  redis: Redis;
  prefix: string;
  logger: Logger;
}): (team: string) => Promise<ForgottenSchedules> {
  const feeds = new RedisFeedStore(deps.redis, deps.prefix);
  const feedScheduler = createFeedScheduler(deps.queues.feeds);
  return async (team) => {
    const out: ForgottenSchedules = { digests: 0, reminders: 0, follows: 0 };
    for (const scheduler of await deps.queues.digests.getJobSchedulers(0, -1)) {
      if (teamOf(scheduler.template?.data) !== team) continue;
      await deps.queues.digests.removeJobScheduler(scheduler.key);
      out.digests++;
    }
    for (const job of await deps.queues.reminders.getJobs(['delayed', 'waiting', 'prioritized'])) {
      if (teamOf(job.data) !== team) continue;
      await job.remove();
      out.reminders++;
    }
    for (const scheduler of await deps.queues.feeds.getJobSchedulers(0, -1)) {
      const poll = feedPollJobSchema.safeParse(scheduler.template?.data);
      if (!poll.success) continue;
      const id = poll.data.feedId;
      for (const follow of await feeds.follows(id)) {
        if (follow.destination.team !== team) continue;
        const left = await feeds.removeFollow(id, follow.destination);
        out.follows++;
        if (left === 0) {
          await feedScheduler.unschedule(id);
          await feeds.updateFeed(id, { intervalSeconds: null });
        }
      }
    }
    deps.logger.info({ team, ...out }, 'Slack team forgotten: schedules removed');
    return out;
  };
}
