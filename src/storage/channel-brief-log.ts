import type { Brief } from '../engine/brief';
import type { ChannelRef } from './channel-settings-store';

/** A brief as it was posted to one channel. */
export interface ChannelBriefEntry {
  brief: Brief;
  /** When it was posted (ms). */
  deliveredAt: number;
}

/**
 * The briefs posted to each channel, newest first, for the channel page. The brief store keeps
 * briefs by key with a TTL and does not know channels; the digest log keeps only titles.
 */
export interface ChannelBriefLog {
  /** Records a posted brief; the same article posted again only moves its time. */
  add(ref: ChannelRef, brief: Brief, at: number): Promise<void>;
  /** Up to `limit` briefs posted to the channel, newest first. */
  recent(ref: ChannelRef, limit: number): Promise<ChannelBriefEntry[]>;
}
