import type { Article } from '../engine/article';
import type { ArticleSource } from './article-source';

/** The parts of the fetcher and extractor a web article source needs. */
export interface WebArticleSourceDeps {
  fetchPage(url: string, signal?: AbortSignal): Promise<{ finalUrl: string; body: string }>;
  extract(html: string, options: { url: string }): Promise<Article>;
}

/** A page behind a paywall or consent wall: briefing the teaser would mislead, so it is refused for good. */
export class PaywalledError extends Error {
  readonly code = 'PAYWALLED';
  readonly retryable = false;
  constructor(readonly url: string) {
    super('the article is behind a paywall, so there is nothing to brief');
    this.name = 'PaywalledError';
  }
}

/** Fetch (SSRF-safe) → extract; refuses paywalled pages. */
export function createWebArticleSource(deps: WebArticleSourceDeps): ArticleSource {
  return {
    async load(url, signal) {
      const page = await deps.fetchPage(url, signal);
      const article = await deps.extract(page.body, { url: page.finalUrl });
      if (article.health?.paywalled) throw new PaywalledError(page.finalUrl);
      return { ...article, url: article.url ?? page.finalUrl };
    },
  };
}
