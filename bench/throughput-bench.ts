import { createArticlePipeline } from '../src/app/process/article-pipeline';
import { createInputSide } from '../src/app/process/input-side';
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
 * without the queue. Memory is a curve: each worker's RSS after 100, 250, 500 and 1,000 posted articles
 * (the same fractions of a smaller `n`), against its RSS after a warm-up (the first 5 %, at least 20
 * articles), so the warm-up — lexicons, JIT, thread pools — is not read as growth.
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
    const rssAt: Record<number, number[]> = {};
    const start = Date.now();
    for (let i = 0; i < n; i++)
      await input.intake.submit(site.storyUrl(i), { platform: 'slack', channel: `C${i}` });
    const warmUp = Math.min(n, Math.max(20, Math.round(n * 0.05)));
    await waitUntil(() => slack.posted().length >= warmUp, 'the warm-up posts', 600_000, 50);
    const warmRss = procs.map((p) => p.rssMb());
    const points = [...new Set([0.1, 0.25, 0.5, 1].map((f) => Math.max(warmUp, Math.round(n * f))))];
    for (const k of points) {
      await waitUntil(() => slack.posted().length >= k, `${k} posts`, 600_000, 50);
      rssAt[k] = procs.map((p) => p.rssMb());
    }
    const queuedSeconds = (Date.now() - start) / 1000;
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
      ...points.map((k) =>
        figure({
          id: `memory.rss_after_${k}_mb`,
          label: `worker RSS after ${k} articles (max of ${workers})`,
          unit: 'MB',
          value: max(rssAt[k]!),
          baselineLabel: `worker RSS after the ${warmUp}-article warm-up`,
          baseline: max(warmRss),
          details: {
            perWorker: perWorker(rssAt[k]!),
            warmPerWorker: perWorker(warmRss),
            idlePerWorker: perWorker(idleRss),
          },
        }),
      ),
      ...(points.length >= 2
        ? [
            figure({
              id: 'memory.growth_last_half',
              label: `worker RSS growth ${points.at(-2)} → ${points.at(-1)} articles`,
              unit: 'MB',
              value: max(rssAt[points.at(-1)!]!),
              baselineLabel: `RSS after ${points.at(-2)} articles (target: ratio < 1.10)`,
              baseline: max(rssAt[points.at(-2)!]!),
            }),
          ]
        : []),
    ];
  } finally {
    await Promise.all(procs.map((p) => p.kill()));
    await input.close();
    await site.close();
    await slack.close();
    await redis.stop();
  }
}
