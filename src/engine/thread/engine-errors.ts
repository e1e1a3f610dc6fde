/** Shown to the person who asked: the engine ran out of its time budget on this page. */
export const TOO_UNUSUAL_MESSAGE = 'this page is too unusual to brief';

/**
 * The engine needed more than ENGINE_TIMEOUT_MS for one article. Permanent: the same page would take as
 * long again, so the job is never retried (a retry would only hold a worker for another budget).
 */
export class EngineTimeoutError extends Error {
  readonly code = 'ENGINE_TIMEOUT';
  readonly retryable = false;
  constructor(readonly timeoutMs: number) {
    super(TOO_UNUSUAL_MESSAGE);
    this.name = 'EngineTimeoutError';
  }
}

/** An error the engine threw inside its thread, carried back with its code (e.g. INVALID_PUBLISHED_DATE). */
export class EngineThreadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EngineThreadError';
  }
}

/**
 * The engine ran out of its thread's heap on one article (docs/adr/040). Permanent, like a timeout: the
 * same article would exhaust a fresh thread again. The person who asked sees the same message.
 */
export class EngineOutOfMemoryError extends Error {
  readonly code = 'ENGINE_OUT_OF_MEMORY';
  readonly retryable = false;
  constructor() {
    super(TOO_UNUSUAL_MESSAGE);
    this.name = 'EngineOutOfMemoryError';
  }
}
