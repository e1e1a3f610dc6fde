import { Redis } from 'ioredis';
import { createArticlePipeline } from '../../src/app/process/article-pipeline';
import { startBot, type RunningBot } from '../../src/app/roots/bot';
import { startWorker, type RunningWorker, type WorkerDeps } from '../../src/app/roots/worker';
import { systemClock } from '../../src/clock/clock';
import { loadConfig, type Config } from '../../src/config/config';
import { silentLogger } from '../../src/logging/logger';
import { RecordingChatPort } from '../fakes/recording-chat-port';
import { apiPlatformsWithTest } from '../fakes/test-platform';

export const TEST_API_TOKEN = 'test-token-0123456789abcdef';

/** Config for one test: its own prefix, the fetcher allowed to reach the local news server. */
export function testConfig(env: {
  redisUrl: string;
  prefix: string;
  newsHost?: string;
  extra?: Record<string, string>;
}): Config {
  return loadConfig({
    ...env.extra,
    REDIS_URL: env.redisUrl,
    BRIEFBOT_PREFIX: env.prefix,
    API_TOKEN: TEST_API_TOKEN,
    LOG_LEVEL: 'silent',
    WORKER_CONCURRENCY: '4',
    ...(env.newsHost ? { BRIEFBOT_FETCH_ALLOW: env.newsHost } : {}),
  });
}

export interface TestService {
  config: Config;
  bot: RunningBot;
  worker: RunningWorker;
  chat: RecordingChatPort;
  /** http://127.0.0.1:<port> of the bot's HTTP server. */
  baseUrl: string;
  close(): Promise<void>;
}

/** The real bot (HTTP API on a free port) and worker (real fetcher, extractor, local engine) with a recording chat port. */
export async function startTestService(
  config: Config,
  options: Partial<Pick<WorkerDeps, 'workerOptions'>> = {},
): Promise<TestService> {
  const logger = silentLogger();
  const chat = new RecordingChatPort('test');
  const pipeline = createArticlePipeline(config, { logger, clock: systemClock });
  const worker = await startWorker({
    config,
    logger,
    clock: systemClock,
    source: pipeline.source,
    engine: pipeline.engine,
    chatPorts: { test: chat },
    ...(options.workerOptions ? { workerOptions: options.workerOptions } : {}),
  });
  const bot = await startBot({
    config,
    logger,
    plugins: [],
    port: 0,
    host: '127.0.0.1',
    apiPlatforms: apiPlatformsWithTest,
  });
  return {
    config,
    bot,
    worker,
    chat,
    baseUrl: `http://127.0.0.1:${bot.port}`,
    close: async () => {
      await bot.close();
      await worker.close();
      await pipeline.close();
    },
  };
}

/** Deletes every key under `prefix:` (tests share one Redis). */
export async function deletePrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** POSTs JSON to the API with the test token. */
export async function postBrief(
  baseUrl: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}/api/briefs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_API_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}
