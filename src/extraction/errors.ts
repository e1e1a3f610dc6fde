/** Why a page could not be turned into an article. None of these improve on retry. */
export type ExtractionErrorCode = 'NOT_AN_ARTICLE' | 'EXTRACTION_TIMEOUT' | 'TOO_COMPLEX';

/**
 * A page that extraction gave up on. The page fails; the process and the worker pool carry on.
 * `retryable` is always false: the same HTML gives the same result.
 */
export class ExtractionError extends Error {
  readonly retryable = false as const;

  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}
