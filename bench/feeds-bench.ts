import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { systemClock } from '../src/clock/clock';
import { createDeliveryEnqueuer } from '../src/delivery/queue-delivery-enqueuer';
import { feedIdOf } from '../src/feeds/feed-ids';
import { followFeed } from '../src/feeds/feed-follow';
import { fetchFeed } from '../src/feeds/feed-fetcher';
import { pollFeed } from '../src/feeds/feed-poller';
import type { FeedDeps, PollOutcome } from '../src/feeds/feed-ports';
import { createFeedScheduler } from '../src/feeds/feed-scheduler';
import { RedisFeedStore } from '../src/feeds/redis-feed-store';
import { createFetcher } from '../src/fetching/fetch-page';
import { QueueIntake } from '../src/intake/queue-intake';
import { silentLogger } from '../src/logging/logger';
import { queueNames } from '../src/queue/queue-names';
import { RedisBriefStore } from '../src/storage/redis/redis-brief-store';
import { startFakeFeedServer, type ServedFeed } from '../tests/fakes/fake-feed-server';
import { startThrowawayRedis } from '../tests/support/redis-server';
import { figure, type BenchFigure } from './bench-figure';

/** Runs `task` over `inputs` with at most `concurrency` at once; returns the wall time in ms. */
async function timed<T>(
  inputs: T[],
  concurrency: number,
  task: (input: T) => Promise<unknown>,
): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < inputs.length) await task(inputs[next++] as T);
    }),
  );
  return performance.now() - started;
}

/**
 * `npm run bench:feeds [-- --feeds=1000 --items=3 --concurrency=4]`: N followed feeds on a local
 * server, one poll round in which each feed has `items` new items (conditional GET, parse, atomic
 * claim, filters, intake), against the same number of plain GETs of the same feeds through the same
 * fetcher in the same run; and the Redis memory each followed feed costs (its keys' MEMORY USAGE).
 */
export async function feedsBench(feedsN = 1000, itemsN = 3, concurrency = 4): Promise<BenchFigure[]> {
  const server = await startFakeFeedServer();
  const redisServer = await startThrowawayRedis();
  const redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
  const prefix = 'bbfeedbench';
  const queues = ['briefs', 'deliveries', 'feeds'].map((n) => new Queue(n, { connection: redis, prefix }));
  const [briefs, deliveries, feedsQueue] = queues as [Queue, Queue, Queue];
  const fetcher = createFetcher({ allow: [server.host], maxBytes: 5 * 1024 * 1024 });
  const logger = silentLogger();
  const outcomes = new Map<PollOutcome, number>();
  const deps: FeedDeps = {
    store: new RedisFeedStore(redis, prefix),
    fetchPage: (url, signal, options) => fetcher.fetchPage(url, signal, options),
    intake: new QueueIntake({
      ledger: new RedisBriefStore(redis, prefix),
      briefs,
      deliveries: createDeliveryEnqueuer(deliveries),
      logger,
      deadlineMs: 30_000,
    }),
    scheduler: createFeedScheduler(feedsQueue),
    chat: () => undefined,
    clock: systemClock,
    logger,
    metrics: { poll: (o) => void outcomes.set(o, (outcomes.get(o) ?? 0) + 1), items: () => undefined },
    pollSeconds: 900,
    maxItemsPerPoll: 5,
  };
  try {
    const feeds: ServedFeed[] = [];
    const paths = Array.from({ length: feedsN }, (_, i) => `/f/${i}.rss`);
    const at = Date.parse('2026-11-30T00:00:00Z');
    const item = (f: number, n: number) => ({
      id: `urn:f${f}:i${n}`,
      title: `Feed ${f} story ${n}`,
      path: `/a/${f}/${n}`,
      summary: `Summary of story ${n} of feed ${f}, about the council, the port and the schools.`,
      published: new Date(at + n * 60_000).toISOString(),
    });
    paths.forEach((path, f) => {
      const feed: ServedFeed = {
        format: 'rss',
        title: `Feed ${f}`,
        items: Array.from({ length: 20 }, (_, n) => item(f, n)),
      };
      feeds.push(feed);
      server.serveFeed(path, feed);
    });
    const followMs = await timed(paths, concurrency, (path) =>
      followFeed(deps, {
        url: `${server.url}${path}`,
        destination: { platform: 'test', channel: `C${path.length % 7}` },
        include: [],
        exclude: [],
      }),
    );
    feeds.forEach((feed, f) => {
      for (let n = 20; n < 20 + itemsN; n++) feed.items.unshift(item(f, n));
    });
    const pollMs = await timed(paths, concurrency, (path) =>
      pollFeed(deps, feedIdOf(`${server.url}${path}`)),
    );
    const getMs = await timed(paths, concurrency, (path) =>
      fetchFeed(deps.fetchPage, `${server.url}${path}`, {}),
    );
    let bytes = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) {
        const feedKey =
          /:(feed|feed-follows|feed-seen|feed-posted|channel-feeds|feed-outbox|feed-batch-marks):/.test(key);
        const scheduler = key.startsWith(`${prefix}:${queueNames.feeds}:`);
        if (feedKey || scheduler) bytes += Number((await redis.memory('USAGE', key)) ?? 0);
      }
    } while (cursor !== '0');
    const jobs = await briefs.getJobCounts('waiting');
    const details = {
      feeds: feedsN,
      newItemsPerFeed: itemsN,
      concurrency,
      followsPerSecond: Number(((feedsN / followMs) * 1000).toFixed(1)),
      redisKBPerFeed: Number((bytes / feedsN / 1024).toFixed(2)),
      briefJobsQueued: jobs.waiting ?? 0,
      briefJobsExpected: feedsN * Math.min(itemsN, 5),
      pollOutcomes: JSON.stringify(Object.fromEntries(outcomes)),
    };
    return [
      figure({
        id: 'feeds.polls_per_second',
        label: `feed poll round, ${feedsN} feeds (GET, parse, claim, intake)`,
        unit: 'polls/s',
        value: (feedsN / pollMs) * 1000,
        baselineLabel: `${feedsN} plain GETs of the same feeds through the same fetcher, same concurrency`,
        baseline: (feedsN / getMs) * 1000,
        details,
      }),
    ];
  } finally {
    await Promise.allSettled(queues.map((q) => q.close()));
    redis.disconnect();
    await fetcher.close();
    await server.close();
    await redisServer.stop();
  }
}

/** `npm run bench:feeds [-- --feeds=1000 --items=3 --concurrency=4]`: the figure alone, printed. */
async function main(argv: string[]): Promise<void> {
  const arg = (name: string, fallback: number) =>
    Number(argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
  const [result] = await feedsBench(arg('feeds', 1000), arg('items', 3), arg('concurrency', 4));
  if (!result) return;
  const row = (name: string, value: string) => console.log(`${name.padEnd(44)} ${value}`);
  row(result.label, `${result.value.toFixed(1)} ${result.unit}`);
  row('plain GETs of the same feeds', `${result.baseline.toFixed(1)} GETs/s`);
  row('polls/s over plain GETs/s', `×${result.ratio.toFixed(2)}`);
  for (const [k, v] of Object.entries(result.details ?? {})) row(k, String(v));
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
