import type { Article } from '../engine/article';

/**
 * Where the brief service gets an article for a URL. The app composes it from the SSRF-safe
 * fetcher and the extractor; tests may give a fake. Errors carry a stable `code` and `retryable`.
 */
export interface ArticleSource {
  load(url: string, signal?: AbortSignal): Promise<Article>;
}
