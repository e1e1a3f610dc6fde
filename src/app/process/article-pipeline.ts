import type { Registry } from 'prom-client';
import type { ArticleSource } from '../../briefing/article-source';
import { createWebArticleSource } from '../../briefing/web-article-source';
import type { Clock } from '../../clock/clock';
import type { Config } from '../../config/config';
import type { BriefEngine } from '../../engine/brief-engine';
import { createEngine } from '../../engine/create-engine';
import { defaultBriefThreads, startBriefThreads } from '../../engine/thread/brief-threads';
import { ThreadedLocalEngine } from '../../engine/thread/threaded-engine';
import { extractArticle } from '../../extraction/extract-article';
import { ExtractionPool } from '../../extraction/extraction-pool';
import { createFetcher } from '../../fetching/fetch-page';
import { fetcherOptionsFromConfig } from '../../fetching/fetcher-options-from-config';
import type { Logger } from '../../logging/logger';
import { closeConnection, createWorkerConnection } from '../../queue/redis-connections';
import { redisTarget } from '../../queue/redis-target';
import { RedisEngineStores } from '../../storage/redis/redis-engine-stores';

/** The real article source (SSRF-safe fetcher → extractor) and engine, built from Config. */
export interface ArticlePipeline {
  source: ArticleSource;
  engine: BriefEngine;
  close(): Promise<void>;
}

/**
 * The engine is BRIEF_ENGINE's: `local` needs nothing; `openai` / `hybrid` get their own Redis
 * connection for the answer cache, single-flight lock and token ledger, shared by every worker.
 */
export function createArticlePipeline(
  config: Config,
  deps: { logger: Logger; clock: Clock; registry?: Registry },
): ArticlePipeline {
  // One pool of brief threads parses the pages and runs the local engine (docs/adr/040): EXTRACTION_THREADS
  // isolates, each with both budgets, instead of one set of threads for each.
  const threads = startBriefThreads(config.EXTRACTION_THREADS ?? defaultBriefThreads());
  const pages = new ExtractionPool(threads);
  const fetcher = createFetcher(fetcherOptionsFromConfig(config, { logger: deps.logger }));
  const source = createWebArticleSource({
    fetchPage: (url, signal) => fetcher.fetchPage(url, signal),
    extract: (html, options) => extractArticle(html, options, pages),
  });
  const redis =
    config.BRIEF_ENGINE === 'local'
      ? undefined
      : createWorkerConnection(redisTarget(config), 'briefbot-engine');
  redis?.on('error', (err) => deps.logger.debug({ err: err.message }, 'engine Redis connection error'));
  // Off the main thread with a time budget, so no page can hold health checks, acks or job locks.
  const local = new ThreadedLocalEngine({
    clock: deps.clock,
    threads,
    timeoutMs: config.ENGINE_TIMEOUT_MS,
  });
  const engine = createEngine(config, {
    clock: deps.clock,
    local,
    logger: deps.logger,
    ...(redis ? { stores: new RedisEngineStores(redis, config.BRIEFBOT_PREFIX) } : {}),
    ...(deps.registry ? { registry: deps.registry } : {}),
  });
  deps.logger.info({ engine: engine.name }, 'brief engine ready');
  return {
    source,
    engine,
    close: async () => {
      await fetcher.close();
      await threads.close();
      if (redis) await closeConnection(redis);
    },
  };
}
