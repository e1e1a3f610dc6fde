import { ExtractionError } from './errors';
import { extractFromHtml, type ExtractFromHtmlOptions } from './extract-from-html';
import { parseWithLinkedom } from './parse-with-linkedom';
import type { ExtractRequest, ExtractResponse } from './worker-messages';

/** What a thread answers to one page (extraction-worker.ts, and the worker's brief threads). */
export function answerExtractRequest(request: ExtractRequest): ExtractResponse {
  try {
    const options: ExtractFromHtmlOptions = request.url === undefined ? {} : { url: request.url };
    if (request.fetchedAt !== undefined) options.fetchedAt = new Date(request.fetchedAt);
    return { id: request.id, ok: true, article: extractFromHtml(request.html, options, parseWithLinkedom) };
  } catch (err) {
    return err instanceof ExtractionError
      ? { id: request.id, ok: false, code: err.code, message: err.message }
      : {
          id: request.id,
          ok: false,
          code: 'INTERNAL',
          message: err instanceof Error ? err.message : String(err),
        };
  }
}
