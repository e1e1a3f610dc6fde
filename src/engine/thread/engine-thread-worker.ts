import { parentPort } from 'node:worker_threads';
import { answerEngineRequest, warmUpEngine } from './answer-engine-request';
import type { EngineRequest } from './engine-thread-messages';

// The body of an engine worker thread (started by engine-pool.ts): one article at a time, local engine.
parentPort?.on('message', (request: EngineRequest) => {
  parentPort?.postMessage(answerEngineRequest(request));
});
warmUpEngine();
parentPort?.postMessage({ kind: 'ready' });
