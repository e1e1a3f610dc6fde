import { parentPort } from 'node:worker_threads';
import { answerExtractRequest } from '../../extraction/answer-extract-request';
import type { ExtractRequest } from '../../extraction/worker-messages';
import { answerEngineRequest, warmUpEngine } from './answer-engine-request';
import type { EngineRequest } from './engine-thread-messages';

// The body of a brief thread (brief-threads.ts): pages to extract and articles to brief, one at a time,
// in one isolate, so a worker holds one copy of the DOM library and the engine's tables per thread.
parentPort?.on('message', (request: ExtractRequest | EngineRequest) => {
  parentPort?.postMessage('html' in request ? answerExtractRequest(request) : answerEngineRequest(request));
});
warmUpEngine();
parentPort?.postMessage({ kind: 'ready' });
