import { createForgetSlackTeam } from '../../../src/app/process/forget-slack-team';
import { DigestScheduler } from '../../../src/events/digest-schedule';
import { createFeedScheduler } from '../../../src/feeds/feed-scheduler';
import { RedisFeedStore } from '../../../src/feeds/redis-feed-store';
import { silentLogger } from '../../../src/logging/logger';
import { createQueues, type BriefbotQueues } from '../../../src/queue/create-queues';
import { closeConnection, createWorkerConnection } from '../../../src/queue/redis-connections';
import { deletePrefix } from '../../support/test-service';
import { testRedisUrl, uniquePrefix } from '../../support/redis';

describe('an uninstalled Slack team loses its digests, reminders and feed follows; others keep theirs', () => {
  const prefix = uniquePrefix('forget-team');
  const redis = createWorkerConnection(testRedisUrl(), 'forget-team-test');
  let queues: BriefbotQueues;

  beforeAll(() => {
    queues = createQueues(redis, prefix);
  });

  afterAll(async () => {
    await queues.close();
    await closeConnection(redis);
    await deletePrefix(testRedisUrl(), prefix);
  });

  it('removes only the jobs and follows whose data carry the team', async () => {
    const a = { platform: 'slack' as const, channel: 'C0SAME', team: 'T0AAA' };
    const b = { platform: 'slack' as const, channel: 'C0SAME', team: 'T0BBB' };
    const single = { platform: 'slack' as const, channel: 'C0SAME' };
    const digests = new DigestScheduler({ queue: queues.digests });
    for (const ref of [a, b, single]) await digests.set(ref, '08:00', 'Europe/Paris');
    for (const [i, ref] of [a, b, single].entries())
      await queues.reminders.add(
        'remind',
        { ...ref, eventId: `e${i}`, lead: '1d', at: Date.now() + 3_600_000 },
        { jobId: `remind-${i}`, delay: 3_600_000 },
      );
    const feeds = new RedisFeedStore(redis, prefix);
    const feedId = 'abcdef0123456789';
    await feeds.updateFeed(feedId, { url: 'https://news.example/feed.xml', title: 'News', state: 'active' });
    await createFeedScheduler(queues.feeds).schedule(feedId, 900);
    for (const ref of [a, b])
      await feeds.addFollow(feedId, {
        destination: ref,
        askedUrl: 'https://news.example/feed.xml',
        include: [],
        exclude: [],
        since: new Date().toISOString(),
        afterSeq: 0,
      });

    const forget = createForgetSlackTeam({ queues, redis, prefix, logger: silentLogger() });
    expect(await forget('T0AAA')).toEqual({ digests: 1, reminders: 1, follows: 1 });

    const digestTeams = (await queues.digests.getJobSchedulers(0, -1)).map(
      (s) => (s.template?.data as { team?: string }).team ?? 'none',
    );
    expect(digestTeams.sort()).toEqual(['T0BBB', 'none']);
    const reminders = await queues.reminders.getJobs(['delayed']);
    expect(reminders.map((j) => (j.data as { team?: string }).team ?? 'none').sort()).toEqual([
      'T0BBB',
      'none',
    ]);
    expect((await feeds.follows(feedId)).map((f) => f.destination.team)).toEqual(['T0BBB']);
    // Team B still follows: the feed keeps being polled.
    expect(await queues.feeds.getJobSchedulersCount()).toBe(1);

    expect(await forget('T0BBB')).toEqual({ digests: 1, reminders: 1, follows: 1 });
    expect(await queues.feeds.getJobSchedulersCount()).toBe(0);
  });
});
