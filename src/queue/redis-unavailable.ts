/** Redis answers that mean "it is up but will not take this write now" (full, read-only, loading, misconfigured). */
const REFUSED_REPLY =
  /\b(OOM command not allowed|MISCONF|READONLY|LOADING|MASTERDOWN|NOREPLICAS|CLUSTERDOWN)\b/;
/** What ioredis says when the fail-fast input connection has no server (offline queue off, timeouts). */
const NO_CONNECTION =
  /Connection is closed|Stream isn't writeable|enableOfflineQueue|Command timed out|max retries per request|connect ETIMEDOUT|ECONNREFUSED|ECONNRESET|EPIPE/i;

function text(err: unknown, name: string): string {
  const value = typeof err === 'object' && err !== null ? (err as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
}

/** True when Redis refuses writes (out of memory under noeviction, read-only replica, loading, MISCONF). */
export function isRedisRefusingWrites(err: unknown): boolean {
  if (REFUSED_REPLY.test(text(err, 'message'))) return true;
  // A MULTI refused command by command ends in EXECABORT; ioredis keeps the real replies in previousErrors.
  const previous =
    typeof err === 'object' && err !== null
      ? (err as { previousErrors?: unknown }).previousErrors
      : undefined;
  return Array.isArray(previous) && previous.some((e) => REFUSED_REPLY.test(text(e, 'message')));
}

/**
 * True when `err` says Redis cannot be used right now: unreachable, timed out, or refusing writes.
 * The input side then answers "briefbot can't reach its queue right now" instead of "something went wrong".
 */
export function isRedisUnavailable(err: unknown): boolean {
  if (isRedisRefusingWrites(err)) return true;
  if (text(err, 'code') === 'QUEUE_UNAVAILABLE') return true;
  return NO_CONNECTION.test(text(err, 'message')) || NO_CONNECTION.test(text(err, 'code'));
}
