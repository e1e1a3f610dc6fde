import { execFile } from 'node:child_process';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startBot } from '../src/app/roots/bot';
import { slackPlugin } from '../src/app/plugins/slack-plugin';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/logging/logger';
import { startFakeSlackApi } from '../tests/fakes/fake-slack-api';
import { serviceEnv } from '../tests/faults/support/service-env';
import { startThrowawayRedis } from '../tests/support/redis-server';
import { figure, type BenchFigure } from './bench-figure';
import { percentile } from './percentile';

/** Runs the load generator (bench/load/slash-load-client.ts, compiled) in its own process. */
function runLoadClient(plan: Record<string, unknown>): Promise<{ slash: number[][]; health: number[][] }> {
  const script = path.join(__dirname, 'load', 'slash-load-client.js');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [script, JSON.stringify(plan)],
      { maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`load client failed: ${stderr || err.message}`));
        resolve(JSON.parse(stdout) as { slash: number[][]; health: number[][] });
      },
    );
  });
}

/**
 * (4) Slash-command acknowledgement: `concurrency` signed `/brief <url>` requests at once to the real
 * Bolt receiver of `briefbot bot` (intake into Redis included), sent by a load generator in another
 * process, against `GET /healthz` on the same server with the same concurrency (the floor express and
 * the socket set). Each of `rounds` bursts is kept, so the spread is visible; the bot's event-loop delay
 * p99 during the bursts is reported beside it.
 */
export async function slashAckBench(concurrency = 50, rounds = 3): Promise<BenchFigure[]> {
  const redis = await startThrowawayRedis();
  const slack = await startFakeSlackApi();
  const env = serviceEnv({ redisUrl: redis.url, prefix: 'bench', slackApiUrl: slack.apiUrl });
  const bot = await startBot({
    config: loadConfig(env),
    logger: silentLogger(),
    plugins: [slackPlugin],
    port: 0,
    host: '127.0.0.1',
  });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  try {
    loop.enable();
    const timings = await runLoadClient({
      base: `http://127.0.0.1:${bot.port}`,
      secret: env.SLACK_SIGNING_SECRET!,
      responseUrl: slack.responseUrl('bench').replace(/\/bench$/, ''),
      concurrency,
      rounds,
    });
    loop.disable();
    const acks = timings.slash.flat();
    const healthz = timings.health.flat();
    const spread = (rs: number[][], p: number) => rs.map((r) => percentile(r, p).toFixed(0)).join('/');
    const details = {
      concurrent: concurrency,
      rounds,
      loadGenerator: 'separate process',
      ackP99PerRound: spread(timings.slash, 99),
      healthP99PerRound: spread(timings.health, 99),
      eventLoopDelayP99Ms: Number((loop.percentile(99) / 1e6).toFixed(1)),
    };
    return [
      figure({
        id: 'slash_ack.p50_ms',
        label: `/brief ack p50 (${concurrency} concurrent, signed)`,
        unit: 'ms',
        value: percentile(acks, 50),
        baselineLabel: 'GET /healthz p50, same concurrency',
        baseline: percentile(healthz, 50),
        details,
      }),
      figure({
        id: 'slash_ack.p99_ms',
        label: '/brief ack p99',
        unit: 'ms',
        value: percentile(acks, 99),
        baselineLabel: 'GET /healthz p99',
        baseline: percentile(healthz, 99),
        details,
      }),
    ];
  } finally {
    loop.disable();
    await bot.close();
    await slack.close();
    await redis.stop();
  }
}
