import type { Destination } from '../core/destination';

/** What happened to a submitted link. */
export interface IntakeResult {
  /** Hash of the canonical URL: the brief's key everywhere (store, job ids, API). */
  key: string;
  /** The canonical URL actually briefed. */
  url: string;
  /**
   * queued: a brief job is in flight (new, or joined); cached: a stored brief is being delivered;
   * failed: the link failed for good minutes ago (`message` says why) and is not tried again yet.
   */
  status: 'queued' | 'attached' | 'cached' | 'failed';
  /** For `failed`: the sentence to tell the person, e.g. "Couldn't brief https://…: the site answered 404". */
  message?: string;
}

/**
 * Takes links in from chat, feeds and the HTTP API. Answers fast (it only touches Redis):
 * the input side calls it inside the platforms' 3-second window.
 * Throws IntakeError with code INVALID_URL (tell the user) or QUEUE_UNAVAILABLE (Redis down).
 */
export interface IntakePort {
  /** Without a destination (HTTP API) the brief is only stored, for GET /api/briefs/:key. */
  submit(url: string, destination?: Destination, options?: SubmitOptions): Promise<IntakeResult>;
}

/** `again`: brief the link anew even if its brief is stored (`/brief <url> again`: the article changed). */
export interface SubmitOptions {
  again?: boolean;
}

export class IntakeError extends Error {
  constructor(
    message: string,
    readonly code: 'INVALID_URL' | 'QUEUE_UNAVAILABLE',
  ) {
    super(message);
    this.name = 'IntakeError';
  }
}
