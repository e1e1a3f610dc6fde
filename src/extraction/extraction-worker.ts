import { parentPort } from 'node:worker_threads';
import { ExtractionError } from './errors';
import { extractFromHtml, type ExtractFromHtmlOptions } from './extract-from-html';
import { parseWithLinkedom } from './parse-with-linkedom';
import type { ExtractRequest, ExtractResponse } from './worker-messages';

// The body of an extraction worker thread (started by extraction-pool.ts): one page at a time.
parentPort?.on('message', (request: ExtractRequest) => {
  let response: ExtractResponse;
  try {
    const options: ExtractFromHtmlOptions = request.url === undefined ? {} : { url: request.url };
    if (request.fetchedAt !== undefined) options.fetchedAt = new Date(request.fetchedAt);
    response = {
      id: request.id,
      ok: true,
      article: extractFromHtml(request.html, options, parseWithLinkedom),
    };
  } catch (err) {
    response =
      err instanceof ExtractionError
        ? { id: request.id, ok: false, code: err.code, message: err.message }
        : {
            id: request.id,
            ok: false,
            code: 'INTERNAL',
            message: err instanceof Error ? err.message : String(err),
          };
  }
  parentPort?.postMessage(response);
});
