import type { Article } from '../article';
import type { Brief } from '../brief';
import type { BriefOptions } from '../brief-engine';

/** Engine thread → main thread, once its modules are loaded: the time budget of a page starts only then. */
export interface EngineReady {
  kind: 'ready';
}

/** Main thread → engine thread: one article. `now` is the caller's clock (ISO instant). */
export interface EngineRequest {
  id: number;
  article: Article;
  options: BriefOptions;
  now: string;
}

/** Engine thread → main thread: the brief, or the error the engine threw (its message and code). */
export type EngineResponse =
  | { kind: 'done'; id: number; ok: true; brief: Brief }
  | { kind: 'done'; id: number; ok: false; code: string; message: string };

export type EngineThreadMessage = EngineReady | EngineResponse;
