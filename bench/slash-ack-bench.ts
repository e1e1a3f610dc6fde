import { startBot } from '../src/app/bot';
import { slackPlugin } from '../src/app/slack-plugin';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/logging/logger';
import { startFakeSlackApi } from '../tests/fakes/fake-slack-api';
import { serviceEnv } from '../tests/faults/support/service-env';
import { startThrowawayRedis } from '../tests/support/redis-server';
import { slackSignatureHeaders, slashCommandBody } from '../tests/support/slack-signing';
import { figure, type BenchFigure } from './bench-figure';
import { percentile, timeMs } from './percentile';

/**
 * (4) Slash-command acknowledgement: `concurrency` signed `/brief <url>` requests at once to the real
 * Bolt receiver of `briefbot bot` (intake into Redis included), against `GET /healthz` on the same
 * server with the same concurrency (the floor express and the socket set).
 */
export async function slashAckBench(concurrency = 50): Promise<BenchFigure[]> {
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
  const base = `http://127.0.0.1:${bot.port}`;
  const secret = env.SLACK_SIGNING_SECRET!;
  let n = 0;
  const slash = async () => {
    const i = n++;
    const body = slashCommandBody({
      text: `https://news.example/ack/${i}`,
      channel: `C${i}`,
      responseUrl: slack.responseUrl(`r${i}`),
    });
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...slackSignatureHeaders(secret, body),
      },
      body,
    });
    if (res.status !== 200) throw new Error(`/brief answered ${res.status}`);
    await res.text();
  };
  const health = async () => void (await (await fetch(`${base}/healthz`)).text());
  const burst = (work: () => Promise<void>) =>
    Promise.all(Array.from({ length: concurrency }, () => timeMs(work)));
  try {
    await burst(slash); // warm-up
    await burst(health);
    const acks = await burst(slash);
    const healthz = await burst(health);
    const details = { concurrent: concurrency };
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
    await bot.close();
    await slack.close();
    await redis.stop();
  }
}
