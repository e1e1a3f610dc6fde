/** How a brief job failure is handled: permanent ones are never retried; the message is what requesters read. */
export interface FailureVerdict {
  permanent: boolean;
  code: string;
  /** "Couldn't brief <url>: <reason>" */
  message: string;
}

function field(err: unknown, name: string): unknown {
  return typeof err === 'object' && err !== null ? (err as Record<string, unknown>)[name] : undefined;
}

/**
 * Classifies an error thrown while briefing `url`. Fetch and extraction errors carry `code` and
 * `retryable`; their messages are written for chat users ("the site answered 404: …").
 * Anything else (engine or infrastructure trouble) is treated as transient.
 */
export function describeFailure(err: unknown, url: string): FailureVerdict {
  const code = typeof field(err, 'code') === 'string' ? (field(err, 'code') as string) : 'INTERNAL';
  const retryable = field(err, 'retryable');
  const permanent = retryable === false;
  const reason =
    permanent && err instanceof Error
      ? err.message
      : 'something went wrong on our side; please try again later';
  return { permanent, code, message: `Couldn't brief ${url}: ${reason}` };
}

/** The message after the last attempt of a transient failure. */
export function exhaustedMessage(url: string, err: unknown): string {
  const detail =
    err instanceof Error && typeof field(err, 'retryable') === 'boolean' ? err.message : 'it kept failing';
  return `Couldn't brief ${url}: ${detail}, and retrying did not help`;
}
