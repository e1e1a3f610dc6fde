import type { Destination } from '../chat/chat-port';

/** What happened to a submitted link. */
export interface IntakeResult {
  /** Hash of the canonical URL: the brief's key everywhere (store, job ids, API). */
  key: string;
  /** The canonical URL actually briefed. */
  url: string;
  /** queued: a new brief job; attached: joined a job already in flight; cached: a stored brief is being delivered. */
  status: 'queued' | 'attached' | 'cached';
}

/**
 * Takes links in from chat, feeds and the HTTP API. Answers fast (it only touches Redis):
 * the input side calls it inside the platforms' 3-second window.
 * Throws IntakeError with code INVALID_URL (tell the user) or QUEUE_UNAVAILABLE (Redis down).
 */
export interface IntakePort {
  submit(url: string, destination: Destination): Promise<IntakeResult>;
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
