import { Redis } from 'ioredis';
import type { Brief } from '../../../src/engine/brief';
import { RedisChannelBriefLog } from '../../../src/storage/redis-channel-brief-log';
import { RedisChannelPageTokens } from '../../../src/storage/redis-channel-page-tokens';
import { hostileBrief, nightBusBrief, unVoteBrief } from '../../support/channel-page-fixtures';
import { testRedisUrl, uniquePrefix } from '../../support/redis';

const channel = { platform: 'discord' as const, channel: '111222333444555666' };
const other = { platform: 'slack' as const, channel: 'C0OTHER' };
const hour = 3_600_000;

describe('the channel page stores on Redis', () => {
  let redis: Redis;
  let prefix: string;

  beforeEach(() => {
    prefix = uniquePrefix('page-stores');
  });
  beforeAll(() => {
    redis = new Redis(testRedisUrl());
  });
  afterEach(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  });
  afterAll(async () => {
    await redis.quit();
  });

  it('lists a channel’s briefs newest first, once per article, within the count and age kept', async () => {
    const log = new RedisChannelBriefLog(redis, prefix, { keep: 2, keepMs: 48 * hour });
    const t0 = Date.UTC(2026, 11, 1);
    await log.add(channel, nightBusBrief, t0);
    await log.add(channel, unVoteBrief, t0 + hour);
    await log.add(other, hostileBrief, t0 + hour);
    expect((await log.recent(channel, 10)).map((e) => e.brief.title)).toEqual([
      unVoteBrief.title,
      nightBusBrief.title,
    ]);
    // Posted again: moves to the top, not listed twice; the update replaces the stored brief.
    const updated: Brief = { ...nightBusBrief, what: 'Updated: the vote moved a week.' };
    await log.add(channel, updated, t0 + 2 * hour);
    const recent = await log.recent(channel, 10);
    expect(recent.map((e) => [e.brief.what, e.deliveredAt])).toEqual([
      ['Updated: the vote moved a week.', t0 + 2 * hour],
      [unVoteBrief.what, t0 + hour],
    ]);
    // A third article pushes the oldest out (keep: 2), and one posted 2 days later drops the rest (keepMs).
    await log.add(channel, hostileBrief, t0 + 3 * hour);
    expect((await log.recent(channel, 10)).map((e) => e.brief.title)).toEqual([
      hostileBrief.title,
      nightBusBrief.title,
    ]);
    await log.add(channel, unVoteBrief, t0 + 3 * hour + 49 * hour);
    expect((await log.recent(channel, 10)).map((e) => e.brief.title)).toEqual([unVoteBrief.title]);
    expect(await redis.hlen(`${prefix}:channel-brief-data:discord:${channel.channel}`)).toBe(1);
    expect((await log.recent(other, 10)).map((e) => e.brief.title)).toEqual([hostileBrief.title]);
  });

  it('skips a stored entry that no longer matches the brief contract', async () => {
    const log = new RedisChannelBriefLog(redis, prefix);
    await log.add(channel, nightBusBrief, 1000);
    const data = `${prefix}:channel-brief-data:discord:${channel.channel}`;
    const [id] = await redis.hkeys(data);
    await redis.hset(data, id!, JSON.stringify({ title: 42 }));
    expect(await log.recent(channel, 5)).toEqual([]);
  });

  it('gives each channel one unguessable page token until reset, and forgets the old one', async () => {
    const tokens = new RedisChannelPageTokens(redis, prefix);
    const first = await tokens.ensure(channel);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(Buffer.from(first, 'base64url')).toHaveLength(24);
    expect(await tokens.ensure(channel)).toBe(first);
    expect(await tokens.resolve(first)).toEqual(channel);
    const otherToken = await tokens.ensure(other);
    expect(otherToken).not.toBe(first);
    const second = await tokens.reset(channel);
    expect(second).not.toBe(first);
    expect(await tokens.resolve(first)).toBeNull();
    expect(await tokens.resolve(second)).toEqual(channel);
    expect(await tokens.resolve(otherToken)).toEqual(other);
    expect(await tokens.resolve('../../etc/passwd')).toBeNull();
    expect(await tokens.resolve('x'.repeat(32))).toBeNull();
  });

  it('gives two Slack workspaces’ channels of the same id their own page, each opening its own team', async () => {
    const tokens = new RedisChannelPageTokens(redis, prefix);
    const teamA = { platform: 'slack' as const, channel: 'C0SAME', team: 'T0AAA' };
    const teamB = { platform: 'slack' as const, channel: 'C0SAME', team: 'T0BBB' };
    const a = await tokens.ensure(teamA);
    const b = await tokens.ensure(teamB);
    expect(b).not.toBe(a);
    expect(await tokens.resolve(a)).toEqual(teamA);
    expect(await tokens.resolve(b)).toEqual(teamB);
  });
});
