import type { ChannelRef } from './channel-settings-store';

/** What the digest and reminder senders remember, so a retry or a doubled run never posts twice. */
export interface EventMarks {
  /** Takes the channel's digest for its local `day`: false when that day was already taken. */
  takeDigestDay(ref: ChannelRef, day: string): Promise<boolean>;
  /** Gives the day back (the digest did not go out, so a retry may post it). */
  releaseDigestDay(ref: ChannelRef, day: string): Promise<void>;
  /** When the channel's last digest went out (epoch ms), if one did within 30 days. */
  lastDigestAt(ref: ChannelRef): Promise<number | undefined>;
  setLastDigestAt(ref: ChannelRef, at: number): Promise<void>;
  /** True once the reminder job `jobId` for the instant `at` has been posted. */
  reminderSent(jobId: string, at: number): Promise<boolean>;
  markReminderSent(jobId: string, at: number, keepMs: number): Promise<void>;
}

/** The reverse index of the channels' calendar feed tokens: token → channel. */
export interface CalendarTokenIndex {
  channelOf(token: string): Promise<ChannelRef | null>;
  set(token: string, ref: ChannelRef): Promise<void>;
  remove(token: string): Promise<void>;
}
