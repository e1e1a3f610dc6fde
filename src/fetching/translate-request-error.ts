import { FetchError, FetchTimeoutError, NetworkError } from './errors';

/**
 * Turns whatever undici or the socket threw into a FetchError. Errors our own connector raised
 * (BlockedAddressError, ...) come back through undici unchanged, sometimes as `cause`.
 */
export function translateRequestError(
  err: unknown,
  url: string,
  connectTimeoutMs: number,
  timeoutMs: number,
): FetchError {
  if (err instanceof FetchError) return err;
  const cause = (err as { cause?: unknown } | null)?.cause;
  if (cause instanceof FetchError) return cause;
  const code = (err as { code?: string } | null)?.code ?? '';
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new FetchTimeoutError(url, 'connect', connectTimeoutMs);
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return new FetchTimeoutError(url, 'total', timeoutMs);
    case 'ECONNREFUSED':
      return new NetworkError(url, 'connection refused', err);
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return new NetworkError(url, 'the connection was cut', err);
    case 'ENOTFOUND':
      return new NetworkError(url, 'no such host', err);
    default: {
      if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
        return new NetworkError(url, 'its security certificate is not valid', err);
      }
      const message = err instanceof Error ? err.message : String(err);
      return new NetworkError(url, code !== '' ? `${code}: ${message}` : message, err);
    }
  }
}
