import { Redis } from 'ioredis';
import { RedisChannelSettingsStore } from '../../../src/storage/redis/redis-channel-settings-store';
import { testRedisUrl, uniquePrefix } from '../../support/redis';

describe('channel settings changed by two people at once', () => {
  const redis = new Redis(testRedisUrl());
  const prefix = uniquePrefix('settings-atomic');
  const store = new RedisChannelSettingsStore(redis, prefix, 'UTC');
  const ref = { platform: 'test' as const, channel: 'C-BOTH' };

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('keeps both changes when the zone, the digest, the reminders and watching change together', async () => {
    await Promise.all([
      store.update(ref, { timezone: 'Europe/Paris' }),
      store.update(ref, { digestTime: '08:00' }),
      store.update(ref, { reminderLeads: [] }),
      store.update(ref, { watch: true }),
      store.update(ref, { digestSkipEmpty: false }),
    ]);
    expect(await store.get(ref)).toEqual({
      timezone: 'Europe/Paris',
      digestTime: '08:00',
      digestSkipEmpty: false,
      reminderLeads: [],
      watch: true,
      calendarToken: null,
      channelName: null,
    });
    expect(await store.isWatched(ref)).toBe(true);
  });

  it('keeps the watched set in step with the last watch change', async () => {
    for (let i = 0; i < 5; i++) {
      await Promise.all([store.update(ref, { watch: true }), store.update(ref, { watch: false })]);
      expect(await store.isWatched(ref)).toBe((await store.get(ref)).watch);
    }
  });

  it('reads settings stored before the per-field layout, and changes them one field at a time', async () => {
    const old = { platform: 'test' as const, channel: 'C-OLD' };
    await redis.set(
      `${prefix}:channel:test:C-OLD`,
      JSON.stringify({
        timezone: 'Asia/Tokyo',
        digestTime: '07:30',
        digestSkipEmpty: true,
        reminderLeads: null,
        watch: false,
        calendarToken: null,
      }),
    );
    expect((await store.get(old)).timezone).toBe('Asia/Tokyo');
    const changed = await store.update(old, { digestTime: null });
    expect(changed).toMatchObject({ timezone: 'Asia/Tokyo', digestTime: null });
  });
});
