import { execFile, fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startBot } from '../src/app/roots/bot';
import { slackPlugin } from '../src/app/plugins/slack-plugin';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/logging/logger';
import { serviceEnv } from '../tests/faults/support/service-env';
import { startThrowawayRedis } from '../tests/support/redis-server';
import { figure, type BenchFigure } from './bench-figure';
import { percentile } from './percentile';

interface LoadTimings {
  slash: number[][];
  health: number[][];
  replies: Record<string, number>;
}

/** Runs the load generator (bench/load/slash-load-client.ts, compiled) in its own process. */
function runLoadClient(plan: Record<string, unknown>): Promise<LoadTimings> {
  const script = path.join(__dirname, 'load', 'slash-load-client.js');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [script, JSON.stringify(plan)],
      { maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`load client failed: ${stderr || err.message}`));
        resolve(JSON.parse(stdout) as LoadTimings);
      },
    );
  });
}

/** The fake Slack Web API (bench/load/fake-slack-process.ts, compiled) in a process of its own. */
interface FakeSlackProcess {
  apiUrl: string;
  origin: string;
  /** Stops it; resolves with how many calls of each method it answered `ok`. */
  stop(): Promise<Record<string, number>>;
}

function startFakeSlackProcess(): Promise<FakeSlackProcess> {
  const child: ChildProcess = fork(path.join(__dirname, 'load', 'fake-slack-process.js'), [], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`fake Slack process exited (${code})`)));
    child.once('message', (m) => {
      const { apiUrl, origin } = m as { apiUrl: string; origin: string };
      resolve({
        apiUrl,
        origin,
        stop: () =>
          new Promise((done) => {
            child.once('message', (r) => done((r as { calls: Record<string, number> }).calls));
            child.send('stop');
          }),
      });
    });
  });
}

/**
 * (4) Slash-command acknowledgement: `concurrency` signed `/brief <url>` requests at once to the real
 * Bolt receiver of `briefbot bot` (intake into Redis included), sent by a load generator in another
 * process, against `GET /healthz` on the same server with the same concurrency (the floor express and
 * the socket set). The fake Slack Web API that the bot calls per command (the "Briefing <host>…"
 * placeholder) runs in a third process, as Slack is elsewhere for a real install. Each of `rounds`
 * bursts is kept, so the spread is visible; the bot's event-loop delay p99 during the bursts and the
 * acknowledgements' first words (every link must be "Queued") are reported beside it.
 */
export async function slashAckBench(concurrency = 50, rounds = 3): Promise<BenchFigure[]> {
  const redis = await startThrowawayRedis();
  const slack = await startFakeSlackProcess();
  const env = serviceEnv({ redisUrl: redis.url, prefix: 'bench', slackApiUrl: slack.apiUrl });
  const bot = await startBot({
    config: loadConfig(env),
    logger: silentLogger(),
    plugins: [slackPlugin],
    port: 0,
    host: '127.0.0.1',
  });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let stopped = false;
  try {
    loop.enable();
    const cpuBefore = process.cpuUsage();
    const timings = await runLoadClient({
      base: `http://127.0.0.1:${bot.port}`,
      secret: env.SLACK_SIGNING_SECRET!,
      responseUrl: `${slack.origin}/response`,
      concurrency,
      rounds,
    });
    loop.disable();
    const cpu = process.cpuUsage(cpuBefore);
    const commands = Object.values(timings.replies).reduce((a, b) => a + b, 0);
    // Every command was acknowledged and its placeholder posted: nothing fast by being skipped.
    await bot.close();
    const calls = await slack.stop();
    stopped = true;
    const acks = timings.slash.flat();
    const healthz = timings.health.flat();
    const spread = (rs: number[][], p: number) => rs.map((r) => percentile(r, p).toFixed(0)).join('/');
    const details = {
      concurrent: concurrency,
      rounds,
      loadGenerator: 'separate process',
      fakeSlackApi: 'separate process',
      replies: Object.entries(timings.replies)
        .map(([word, count]) => `${word} ${count}`)
        .join(', '),
      placeholdersPosted: calls['chat.postMessage'] ?? 0,
      // CPU the bot spent per /brief (its share of the /healthz bursts included): less noisy than
      // the latencies on a busy machine.
      botCpuMsPerCommand: Number(((cpu.user + cpu.system) / 1000 / commands).toFixed(2)),
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
    if (!stopped) {
      await bot.close();
      await slack.stop();
    }
    await redis.stop();
  }
}
