import { createWebArticleSource, type ArticleSource } from '../briefing/article-source';
import type { Clock } from '../clock/clock';
import type { Config } from '../config/config';
import type { BriefEngine } from '../engine/brief-engine';
import { LocalEngine } from '../engine/local/local-engine';
import { closeExtractionPool, extractArticle } from '../extraction/extract-article';
import { createFetcher } from '../fetching/fetch-page';
import { fetcherOptionsFromConfig } from '../fetching/fetcher-options-from-config';
import type { Logger } from '../logging/logger';

/** The real article source (SSRF-safe fetcher → extractor) and engine, built from Config. */
export interface ArticlePipeline {
  source: ArticleSource;
  engine: BriefEngine;
  close(): Promise<void>;
}

export function createArticlePipeline(
  config: Config,
  deps: { logger: Logger; clock: Clock },
): ArticlePipeline {
  const fetcher = createFetcher(fetcherOptionsFromConfig(config, { logger: deps.logger }));
  const source = createWebArticleSource({
    fetchPage: (url, signal) => fetcher.fetchPage(url, signal),
    extract: (html, options) => extractArticle(html, options),
  });
  if (config.BRIEF_ENGINE !== 'local')
    deps.logger.warn(
      { engine: config.BRIEF_ENGINE },
      'only the local engine is wired into the worker yet; using it',
    );
  return {
    source,
    engine: new LocalEngine({ clock: deps.clock }),
    close: async () => {
      await fetcher.close();
      await closeExtractionPool();
    },
  };
}
