import { redisKeys } from '../../../src/storage/redis/redis-keys';

// The key strings of earlier installs, byte for byte: data written before the stores moved into
// src/storage/redis/ must stay readable.
describe('the Redis key layout', () => {
  const keys = redisKeys('bb');
  const ref = { platform: 'slack', channel: 'C1' };

  it('keeps the events keys of earlier installs', () => {
    expect(keys.digestDay(ref, '2026-12-01')).toBe('bb:digest:slack:C1:day:2026-12-01');
    expect(keys.digestLast(ref)).toBe('bb:digest:slack:C1:last');
    expect(keys.reminded('remind-e1-slack-C1-1d', 1764547200000)).toBe(
      'bb:reminded:remind-e1-slack-C1-1d:1764547200000',
    );
    expect(keys.calendarToken('tok')).toBe('bb:calendar-token:tok');
  });

  it('keeps the OpenAI engine and Slack keys of earlier installs', () => {
    expect(keys.engineAnswer('abc')).toBe('bb:engine:answer:abc');
    expect(keys.engineFlight('abc')).toBe('bb:engine:flight:abc');
    expect(keys.engineTokens('2026-12-01')).toBe('bb:engine:tokens:2026-12-01');
    expect(keys.slackSeen('Ev1')).toBe('bb:slack:seen:Ev1');
  });

  it('keeps the intake, channel page, story and feed keys of earlier installs', () => {
    expect(keys.intakeClaim('k1')).toBe('bb:intake-claim:k1');
    expect(keys.channelBriefs(ref)).toBe('bb:channel-briefs:slack:C1');
    expect(keys.channelBriefData(ref)).toBe('bb:channel-brief-data:slack:C1');
    expect(keys.pageToken('tok')).toBe('bb:page-token:tok');
    expect(keys.pageTokenOf(ref)).toBe('bb:page-token-of:slack:C1');
    expect(keys.storyPrint('k1')).toBe('bb:story-print:k1');
    expect(keys.storyPosts(ref)).toBe('bb:story-posts:slack:C1');
    expect(keys.storyClaim(ref)).toBe('bb:story-claim:slack:C1');
    expect(keys.feed('feed-follows', 'f1')).toBe('bb:feed-follows:f1');
  });

  it('puts the team in every channel key of a Slack team, so two workspaces never share one', () => {
    const team = { ...ref, team: 'T0AAA' };
    for (const key of [
      keys.channelSettings(team),
      keys.channelEvents(team),
      keys.channelBriefs(team),
      keys.pageTokenOf(team),
      keys.storyPosts(team),
      keys.storyClaim(team),
    ])
      expect(key).toMatch(/:slack:T0AAA:C1$/);
  });
});
