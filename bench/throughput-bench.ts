import { createArticlePipeline } from '../src/app/article-pipeline';
import { createInputSide } from '../src/app/input-side';
import { systemClock } from '../src/clock/clock';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/logging/logger';
import { startNewsSite } from '../tests/faults/support/news-site';
import { startFakeSlackApi } from '../tests/fakes/fake-slack-api';
import { serviceEnv } from '../tests/faults/support/service-env';
import { startWorkerProcess, waitUntil } from '../tests/faults/support/worker-process';
import { startThrowawayRedis } from '../tests/support/redis-server';
import { figure, type BenchFigure } from './bench-figure';

/**
 * (2) Throughput and (5) worker memory: `n` distinct links from a local news server through the
 * real intake, Redis queues and 2 `briefbot worker` processes (dist/) to a fake Slack that records
 * the posts, against the same `n` links fetched, extracted and briefed one by one in this process
 * without the queue. RSS of each worker is read when half and all of the links are posted.
 */
export async function throughputBench(n: number, workers = 2): Promise<BenchFigure[]> {
  const redis = await startThrowawayRedis();
  const slack = await startFakeSlackApi();
  const site = await startNewsSite(n);
  const env = serviceEnv({
    redisUrl: redis.url,
    prefix: 'bench',
    slackApiUrl: slack.apiUrl,
    allow: [`127.0.0.1:${site.port}`],
  });
  const config = loadConfig(env);
  const input = await createInputSide(config, silentLogger());
  const procs = Array.from({ length: workers }, () => startWorkerProcess(env));
  try {
    // Each process runs 4 BullMQ workers (briefs, deliveries, reminders, digests).
    await waitUntil(
      async () => (await input.queues.briefs.getWorkersCount()) >= workers,
      'the workers to connect',
      30_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    const idleRss = procs.map((p) => p.rssMb());
    const rssAt: Record<string, number[]> = {};
    const start = Date.now();
    for (let i = 0; i < n; i++)
      await input.intake.submit(site.storyUrl(i), { platform: 'slack', channel: `C${i}` });
    const half = Math.floor(n / 2);
    await waitUntil(() => slack.posted().length >= half, 'half of the posts', 600_000, 50);
    rssAt.half = procs.map((p) => p.rssMb());
    await waitUntil(() => slack.posted().length >= n, 'every post', 600_000, 50);
    const queuedSeconds = (Date.now() - start) / 1000;
    rssAt.all = procs.map((p) => p.rssMb());
    const failed = await input.queues.briefs.getFailedCount();
    await Promise.all(procs.map((p) => p.stop()));

    // Baseline: the same links through the same fetcher, extractor and engine, one at a time, no queue.
    const pipeline = createArticlePipeline(config, { logger: silentLogger(), clock: systemClock });
    const baseStart = Date.now();
    for (let i = 0; i < n; i++) await pipeline.engine.brief(await pipeline.source.load(site.storyUrl(i)));
    const baseSeconds = (Date.now() - baseStart) / 1000;
    await pipeline.close();

    const max = (xs: number[]) => Math.max(...xs);
    const perWorker = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
    return [
      figure({
        id: 'throughput.briefs_per_s',
        label: `${n} links → queue → ${workers} worker processes → posted`,
        unit: 'briefs/s',
        value: n / queuedSeconds,
        baselineLabel: 'same links in one process, no queue, one at a time',
        baseline: n / baseSeconds,
        details: {
          links: n,
          workers,
          queuedSeconds: Number(queuedSeconds.toFixed(1)),
          baselineSeconds: Number(baseSeconds.toFixed(1)),
          failedJobs: failed,
        },
      }),
      figure({
        id: 'memory.rss_half_mb',
        label: `worker RSS after ${half} articles (max of ${workers})`,
        unit: 'MB',
        value: max(rssAt.half),
        baselineLabel: 'idle worker RSS after start',
        baseline: max(idleRss),
        details: { perWorker: perWorker(rssAt.half), idlePerWorker: perWorker(idleRss) },
      }),
      figure({
        id: 'memory.rss_all_mb',
        label: `worker RSS after ${n} articles (max of ${workers})`,
        unit: 'MB',
        value: max(rssAt.all),
        baselineLabel: 'idle worker RSS after start',
        baseline: max(idleRss),
        details: { perWorker: perWorker(rssAt.all) },
      }),
    ];
  } finally {
    await Promise.all(procs.map((p) => p.kill()));
    await input.close();
    await site.close();
    await slack.close();
    await redis.stop();
  }
}
