import { UnrecoverableError, type Job } from 'bullmq';
import type { RequesterNotifier } from '../src/briefing/requester-notifier';
import type { Destination } from '../src/core/destination';
import { FeedError } from '../src/feeds/feed-errors';
import { followedText, type FollowResult } from '../src/feeds/feed-follow';
import {
  feedFollowJobSchema,
  feedJobNames,
  feedPollJobSchema,
  type FeedFollowJobData,
} from '../src/feeds/feed-payloads';
import type { PollOutcome } from '../src/feeds/feed-ports';
import { FetchError } from '../src/fetching/errors';
import { InvalidPayloadError, parsePayload } from '../src/queue/payloads';
import { queueNames } from '../src/queue/queue-names';
import { stripUndefined } from '../src/core/strip-undefined';

/**
 * The `feeds` processor. `poll` jobs (one scheduler per feed) poll the feed; a failed poll is
 * counted by the poller, not retried here. `follow` jobs read the URL a person gave and tell them
 * privately what was found, or why it cannot be followed.
 */
export function createFeedProcessor(deps: {
  poll(feedId: string, signal?: AbortSignal): Promise<PollOutcome>;
  follow(job: FeedFollowJobData, signal?: AbortSignal): Promise<FollowResult>;
  notifier: RequesterNotifier;
}) {
  return async (job: Job, _token?: string, signal?: AbortSignal) => {
    try {
      if (job.name === feedJobNames.poll) {
        const data = parsePayload(feedPollJobSchema, queueNames.feeds, job.data);
        return { outcome: await deps.poll(data.feedId, signal) };
      }
      if (job.name !== feedJobNames.follow) throw new UnrecoverableError(`unknown feeds job "${job.name}"`);
      const data = parsePayload(feedFollowJobSchema, queueNames.feeds, job.data);
      return await follow(deps, job, data, signal);
    } catch (err) {
      if (err instanceof InvalidPayloadError) throw new UnrecoverableError(err.message);
      throw err;
    }
  };
}

async function follow(
  deps: Parameters<typeof createFeedProcessor>[0],
  job: Job,
  data: FeedFollowJobData,
  signal?: AbortSignal,
) {
  const destination = stripUndefined(data.destination) as Destination;
  try {
    const result = await deps.follow(data, signal);
    await deps.notifier.notify(destination, followedText(result, data));
    return { feed: result.feed.url };
  } catch (err) {
    const known = err instanceof FeedError || err instanceof FetchError;
    if (!known) throw err;
    const permanent = err instanceof FeedError || !err.retryable;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (permanent || lastAttempt)
      await deps.notifier.notify(
        destination,
        `Couldn’t follow ${data.url}: ${err.message}. Nothing was followed.`,
      );
    if (permanent) throw new UnrecoverableError(err.message);
    throw err;
  }
}
