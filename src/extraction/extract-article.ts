import { availableParallelism } from 'node:os';
import type { Article } from '../engine/article';
import { countElements } from './count-elements';
import { ExtractionError } from './errors';
import { ExtractionPool } from './extraction-pool';

/** Options for one page. */
export interface ExtractOptions {
  /** The page's URL: resolves the canonical link, gives the site name and a date in the path. */
  url?: string;
  /** Time limit for parsing and extraction, in ms (default 10000). The worker is stopped past it. */
  timeoutMs?: number;
  /** Pages with more elements than this are refused before parsing (default 200000). */
  maxElements?: number;
  /** When the page was fetched (default: now): a publication date after it is a placeholder. */
  fetchedAt?: Date;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_ELEMENTS = 200_000;
/** One page in flight per core, at most 4 threads (each holds a DOM library and its pages' garbage). */
export const defaultExtractionThreads = (): number => Math.min(4, Math.max(1, availableParallelism()));

let pool: ExtractionPool | undefined;

/**
 * Turns a news page into an Article (text, metadata and `health`), parsing it off the main thread.
 * Fails with ExtractionError: TOO_COMPLEX (too many elements or too deep), EXTRACTION_TIMEOUT, or
 * NOT_AN_ARTICLE (no article text and no wall to explain it). `on`: the threads to parse on (the worker's
 * brief threads, EXTRACTION_THREADS of them); default this module's own pool (CPU count, at most 4).
 */
export async function extractArticle(
  html: string,
  options: ExtractOptions = {},
  on?: ExtractionPool,
): Promise<Article> {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (countElements(html, maxElements) > maxElements) {
    throw new ExtractionError(
      'TOO_COMPLEX',
      `the page has more than ${maxElements} elements; refusing to parse it`,
    );
  }
  const target = on ?? (pool ??= new ExtractionPool(defaultExtractionThreads()));
  return target.run(html, options.url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.fetchedAt);
}

/** Stops the extraction workers (tests, graceful shutdown). The next extraction starts a fresh pool. */
export async function closeExtractionPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.close();
}
