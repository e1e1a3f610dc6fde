import { z } from 'zod';
import { destinationSchema } from '../core/destination';

/** `feeds` queue, job `poll`: one poll of one feed, added by the feed's job scheduler. */
export const feedPollJobSchema = z.object({ feedId: z.string().regex(/^[0-9a-f]{8,64}$/) });

/** `feeds` queue, job `follow`: a channel asked to follow a feed or page URL. */
export const feedFollowJobSchema = z.object({
  url: z.url(),
  destination: destinationSchema,
  include: z.array(z.string().max(60)).max(20).default([]),
  exclude: z.array(z.string().max(60)).max(20).default([]),
});

export type FeedPollJobData = z.infer<typeof feedPollJobSchema>;
export type FeedFollowJobData = z.infer<typeof feedFollowJobSchema>;

export const feedJobNames = { poll: 'poll', follow: 'follow' } as const;

/** The job scheduler id of a feed: one per feed, shared by every channel that follows it. */
export function feedSchedulerId(feedId: string): string {
  return `feed-${feedId}`;
}
