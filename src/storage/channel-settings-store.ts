import type { Platform } from '../core/destination';

/** Per-channel settings, changed with /brief tz | digest | remind | watch. */
export interface ChannelSettings {
  /** IANA zone for digests, reminders and how dates are shown. */
  timezone: string;
  /** Daily digest time "HH:MM" in `timezone`, or null when off. */
  digestTime: string | null;
  /** Which days the digest comes: "daily" (default), "weekdays", or one day ("mon" … "sun"). */
  digestCadence?: 'daily' | 'weekdays' | 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
  /** When true, a day with nothing new posts no digest; when false it posts one line saying so. */
  digestSkipEmpty: boolean;
  /** Reminder leads such as ["1d", "2h"]; null = the defaults; [] = off. */
  reminderLeads: string[] | null;
  /** Brief every link posted in this channel. */
  watch: boolean;
  /** Secret token of the channel's ICS feed, when one was created. */
  calendarToken: string | null;
  /** The channel's name as the platform last showed it ("newsroom"), for the calendar's name. */
  channelName: string | null;
}

export interface ChannelRef {
  platform: Platform;
  channel: string;
  /** The Slack team, when installed in several workspaces (Destination.team; ADR 035). */
  team?: string | undefined;
}

/** The channel of a destination or command: platform, channel id and, when set, the team. */
export function channelRefOf(x: {
  platform: Platform;
  channel: string;
  team?: string | undefined;
}): ChannelRef {
  return x.team !== undefined
    ? { platform: x.platform, channel: x.channel, team: x.team }
    : { platform: x.platform, channel: x.channel };
}

/** Channel settings by (platform, channel); `get` returns defaults for a channel never configured. */
export interface ChannelSettingsStore {
  get(ref: ChannelRef): Promise<ChannelSettings>;
  update(ref: ChannelRef, patch: Partial<ChannelSettings>): Promise<ChannelSettings>;
  /** Every channel with watch on, for the adapters' message handlers. */
  isWatched(ref: ChannelRef): Promise<boolean>;
  /**
   * Whether any channel of `platform` is watched: Discord asks at start-up for the privileged
   * Message Content intent only when this is true (DISCORD_WATCH=auto).
   */
  anyWatched(platform: Platform): Promise<boolean>;
}
