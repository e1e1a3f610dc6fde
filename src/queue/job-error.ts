import { UnrecoverableError } from 'bullmq';

/**
 * The one error contract at the job edges: every error a service throws on purpose carries a stable
 * `code` (NOT_FOUND, BLOCKED_ADDRESS, INVALID_PAYLOAD, not_in_channel, …) and whether a retry may
 * help. Fetch, extraction, chat-post and payload errors implement it.
 */
export interface JobError extends Error {
  readonly code: string;
  readonly retryable: boolean;
}

function field(err: unknown, name: string): unknown {
  return typeof err === 'object' && err !== null ? (err as Record<string, unknown>)[name] : undefined;
}

/** True for an error that says a retry cannot help (`retryable: false`). */
export function isPermanent(err: unknown): boolean {
  return field(err, 'retryable') === false;
}

/**
 * What a processor in jobs/ throws for an error it caught: a permanent one becomes BullMQ's
 * UnrecoverableError ("<code>: <message>"), so the job fails now with no retries; anything else is
 * thrown as it is, and BullMQ retries it with backoff.
 * https://docs.bullmq.io/guide/retrying-failing-jobs#stop-retrying-jobs
 */
export function toJobError(err: unknown): Error {
  const message = err instanceof Error ? err.message : String(err);
  if (isPermanent(err)) {
    const code = field(err, 'code');
    return new UnrecoverableError(typeof code === 'string' ? `${code}: ${message}` : message);
  }
  return err instanceof Error ? err : new Error(message);
}
