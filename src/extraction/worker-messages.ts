import type { Article } from '../engine/article';
import type { ExtractionErrorCode } from './errors';

/** Main thread → extraction worker: one page. */
export interface ExtractRequest {
  id: number;
  html: string;
  url?: string;
  /** When the page was fetched (ms since the epoch): later publication dates are placeholders. */
  fetchedAt?: number;
}

/** Extraction worker → main thread: the article, or why the page failed. */
export type ExtractResponse =
  | { id: number; ok: true; article: Article }
  | { id: number; ok: false; code: ExtractionErrorCode | 'INTERNAL'; message: string };
