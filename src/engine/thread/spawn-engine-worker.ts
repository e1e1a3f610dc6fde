import type { Worker } from 'node:worker_threads';
import { spawnThread } from './spawn-thread';

/** Starts one engine worker thread (engine-thread-worker, compiled or, under jest, from source). */
export function spawnEngineWorker(): Worker {
  return spawnThread(__dirname, 'engine-thread-worker', __filename.endsWith('.ts'));
}

/** Starts one brief thread (brief-thread-worker: extraction and the engine in one isolate). */
export function spawnBriefThread(): Worker {
  return spawnThread(__dirname, 'brief-thread-worker', __filename.endsWith('.ts'));
}
