import { parentPort } from 'node:worker_threads';
import { answerExtractRequest } from './answer-extract-request';
import type { ExtractRequest } from './worker-messages';

// The body of an extraction worker thread (started by extraction-pool.ts): one page at a time.
parentPort?.on('message', (request: ExtractRequest) => {
  parentPort?.postMessage(answerExtractRequest(request));
});
