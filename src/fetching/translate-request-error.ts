import { FetchError, FetchTimeoutError, NetworkError, SecureConnectionError } from './errors';

/** OpenSSL / Node TLS failures: their messages are OpenSSL dumps ("error:0A00010B:SSL routines:…"). */
function isTlsFailure(code: string, message: string): boolean {
  return (
    /^(ERR_SSL_|ERR_TLS_|EPROTO$)/.test(code) ||
    /SSL routines|ssl3_|tlsv1 alert|handshake failure/i.test(message)
  );
}

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
      return new NetworkError(url, 'no such host: the address does not exist', err, false);
    default: {
      if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
        return new NetworkError(url, 'its security certificate is not valid', err, false);
      }
      const message = err instanceof Error ? err.message : String(err);
      const causeMessage = cause instanceof Error ? cause.message : '';
      const causeCode = (cause as { code?: string } | null)?.code ?? '';
      if (isTlsFailure(code, message) || isTlsFailure(causeCode, causeMessage))
        return new SecureConnectionError(url, err);
      // The raw message stays in `cause` for the log; people read a plain sentence.
      return new NetworkError(
        url,
        code !== '' ? `the connection failed, ${code}` : 'the connection failed',
        err,
      );
    }
  }
}
