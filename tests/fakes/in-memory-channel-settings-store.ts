import type { Platform } from '../../src/core/destination';
import type {
  ChannelRef,
  ChannelSettings,
  ChannelSettingsStore,
} from '../../src/storage/channel-settings-store';

/** ChannelSettingsStore in a Map, for unit tests of the /brief handlers. */
export class InMemoryChannelSettingsStore implements ChannelSettingsStore {
  private readonly byChannel = new Map<string, ChannelSettings>();

  constructor(private readonly defaultTimezone = 'UTC') {}

  async get(ref: ChannelRef): Promise<ChannelSettings> {
    return (
      this.byChannel.get(`${ref.platform}:${ref.channel}`) ?? {
        timezone: this.defaultTimezone,
        digestTime: null,
        digestSkipEmpty: true,
        reminderLeads: null,
        watch: false,
        calendarToken: null,
        channelName: null,
      }
    );
  }

  async update(ref: ChannelRef, patch: Partial<ChannelSettings>): Promise<ChannelSettings> {
    const next = { ...(await this.get(ref)), ...patch };
    this.byChannel.set(`${ref.platform}:${ref.channel}`, next);
    return next;
  }

  async isWatched(ref: ChannelRef): Promise<boolean> {
    return (await this.get(ref)).watch;
  }

  async anyWatched(platform: Platform): Promise<boolean> {
    return [...this.byChannel].some(([key, s]) => s.watch && key.startsWith(`${platform}:`));
  }
}
