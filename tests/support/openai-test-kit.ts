import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import OpenAI from 'openai';
import pino from 'pino';
import { Registry } from 'prom-client';
import { fixedClock } from '../../src/clock/clock';
import { loadConfig } from '../../src/config/config';
import type { BriefEngine } from '../../src/engine/brief-engine';
import { createEngine, type CreateEngineDeps, type EngineName } from '../../src/engine/create-engine';
import type { Logger } from '../../src/logging/logger';
import { RedisEngineStores } from '../../src/storage/redis/redis-engine-stores';
import { FakeOpenAIServer } from '../fakes/fake-openai-server';
import { testRedisUrl, uniquePrefix } from './redis';

/** A pino logger writing JSON lines into `lines`, to assert what an operator would read. */
export function capturedLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

/** The fake server, a Redis connection with a fresh prefix, and a factory for engines wired as the app wires them. */
export interface OpenAIKit {
  fake: FakeOpenAIServer;
  redis: Redis;
  prefix: string;
  registry: Registry;
  logs: Array<Record<string, unknown>>;
  engine(options?: {
    name?: EngineName;
    env?: Record<string, string>;
    maxRetries?: number;
    timeoutMs?: number;
  }): BriefEngine;
  close(): Promise<void>;
}

export async function startOpenAIKit(): Promise<OpenAIKit> {
  const fake = await FakeOpenAIServer.start();
  const redis = new Redis(testRedisUrl(), { lazyConnect: false, maxRetriesPerRequest: 1 });
  const prefix = uniquePrefix('openai');
  const registry = new Registry();
  const { logger, lines } = capturedLogger();
  return {
    fake,
    redis,
    prefix,
    registry,
    logs: lines,
    engine: (options = {}) => {
      const name = options.name ?? 'openai';
      const config = loadConfig({
        BRIEF_ENGINE: name,
        OPENAI_API_KEY: 'sk-test-fake',
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_MODEL: 'gpt-4o-mini',
        BRIEFBOT_PREFIX: prefix,
        ...options.env,
      });
      const deps: CreateEngineDeps = {
        clock: fixedClock('2024-03-04T12:00:00Z'),
        logger,
        stores: new RedisEngineStores(redis, prefix),
        registry,
        tuning: { pollMs: 20 },
      };
      if (options.maxRetries !== undefined || options.timeoutMs !== undefined) {
        // The real SDK, tuned so a hanging server fails fast in tests.
        deps.client = new OpenAI({
          apiKey: 'sk-test-fake',
          baseURL: fake.baseURL,
          maxRetries: options.maxRetries ?? 2,
          timeout: options.timeoutMs ?? 10_000,
        });
      }
      return createEngine(config, deps, name);
    },
    close: async () => {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
      await fake.close();
    },
  };
}

/** Log lines whose message contains `text`. */
export function logsWith(
  lines: Array<Record<string, unknown>>,
  text: string,
): Array<Record<string, unknown>> {
  return lines.filter((l) => String(l.msg).includes(text));
}
