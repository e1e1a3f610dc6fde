import { parentPort } from 'node:worker_threads';
import { LocalEngine } from '../local/local-engine';
import type { EngineRequest, EngineResponse } from './engine-thread-messages';

// The body of an engine worker thread (started by engine-pool.ts): one article at a time, local engine.
parentPort?.on('message', (request: EngineRequest) => {
  let response: EngineResponse;
  try {
    const engine = new LocalEngine({ clock: { now: () => new Date(request.now) } });
    response = {
      kind: 'done',
      id: request.id,
      ok: true,
      brief: engine.briefNow(request.article, request.options),
    };
  } catch (err) {
    const code =
      typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : 'INTERNAL';
    response = {
      kind: 'done',
      id: request.id,
      ok: false,
      code,
      message: err instanceof Error ? err.message : String(err),
    };
  }
  parentPort?.postMessage(response);
});
parentPort?.postMessage({ kind: 'ready' });
