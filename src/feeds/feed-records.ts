import { z } from 'zod';
import { destinationSchema } from '../core/destination';

/** A feed's state as the store keeps it (one per feed, shared by every channel that follows it). */
export const feedRecordSchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  state: z.enum(['active', 'paused']),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  lastPollAt: z.string().optional(),
  lastError: z.string().optional(),
  /** Failed polls in a row; 5 pause the feed. */
  failures: z.coerce.number().int().default(0),
  /** The interval the scheduler runs at now, seconds. */
  intervalSeconds: z.coerce.number().int().optional(),
  /** Set once the items present at the first follow are recorded as seen. */
  primed: z.enum(['1']).optional(),
});
export type FeedRecord = z.infer<typeof feedRecordSchema>;

/** One channel following one feed. */
export const followRecordSchema = z.object({
  destination: destinationSchema.omit({ requester: true, replyTo: true }),
  /** The URL the person typed (a page, when the feed was found by autodiscovery). */
  askedUrl: z.string(),
  include: z.array(z.string()).default([]),
  exclude: z.array(z.string()).default([]),
  /** ISO time of the follow, for `/brief feeds`. */
  since: z.string(),
  /** The feed's batch sequence at the follow: batches up to it (items present then) are not this channel's. */
  afterSeq: z.number().int().default(0),
});
export type FollowRecord = z.infer<typeof followRecordSchema>;

/** Items claimed by one poll, kept in the feed's outbox until every channel has them. */
export const feedBatchSchema = z.object({
  batchId: z.string(),
  claimedAt: z.string(),
  seq: z.number().int(),
  items: z.array(
    z.object({
      identity: z.string(),
      id: z.string().optional(),
      link: z.string(),
      title: z.string(),
      summary: z.string(),
      published: z.string().optional(),
    }),
  ),
});
export type FeedBatch = z.infer<typeof feedBatchSchema>;
export type BatchItem = FeedBatch['items'][number];

/** A channel's follow as `/brief feeds` shows it. */
export interface FollowStatus {
  feed: FeedRecord;
  follow: FollowRecord;
  posted: number;
}

/** Platform and channel of a follow. */
export interface ChannelKey {
  platform: string;
  channel: string;
  /** The Slack team, when installed in several workspaces (ADR 035). */
  team?: string | undefined;
}

export function channelField(ref: ChannelKey): string {
  return ref.team !== undefined
    ? `${ref.platform}:${ref.team}:${ref.channel}`
    : `${ref.platform}:${ref.channel}`;
}
