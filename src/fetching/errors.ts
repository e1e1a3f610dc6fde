/**
 * Why a page could not be fetched. Every error has a stable `code`, says whether trying again
 * later can help (`retryable`), and has a message a chat user can read as it is.
 * At the job edge a non-retryable error becomes a permanent failure; a retryable one is rethrown.
 */
export type FetchErrorCode =
  | 'BLOCKED_ADDRESS'
  | 'INVALID_URL'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'TIMEOUT'
  | 'UPSTREAM'
  | 'TOO_MANY_REDIRECTS'
  | 'NOT_AN_ARTICLE'
  | 'NETWORK';

export abstract class FetchError extends Error {
  abstract readonly code: FetchErrorCode;
  abstract readonly retryable: boolean;
  /** The URL being fetched when it failed (the redirect hop, not always the URL first asked for). */
  readonly url: string;
  /** The HTTP status, when the site answered. */
  readonly status?: number;

  constructor(message: string, url: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.url = url;
    if (options.status !== undefined) this.status = options.status;
    this.name = new.target.name;
  }
}

/** The host resolves to (or is) an address that is not on the public internet, or the port is not fetched. */
export class BlockedAddressError extends FetchError {
  readonly code = 'BLOCKED_ADDRESS';
  readonly retryable = false;
  constructor(url: string, message = 'that address is not on the public internet, so it was not fetched') {
    super(message, url);
  }
}

/** Not a URL briefbot fetches: unparseable, not http(s), or carrying a user name or password. */
export class InvalidUrlError extends FetchError {
  readonly code = 'INVALID_URL';
  readonly retryable = false;
  constructor(url: string, reason: string) {
    super(reason, url);
  }
}

/** 404 or 410. */
export class NotFoundError extends FetchError {
  readonly code = 'NOT_FOUND';
  readonly retryable = false;
  constructor(url: string, status: number) {
    super(`the site answered ${status}: the page is not there${status === 410 ? ' any more' : ''}`, url, {
      status,
    });
  }
}

/** 401, 403 or 451: the site refuses us, often a paywall or a bot wall. */
export class ForbiddenError extends FetchError {
  readonly code = 'FORBIDDEN';
  readonly retryable = false;
  constructor(url: string, status: number) {
    super(`the site answered ${status}: the page is forbidden or paywalled`, url, { status });
  }
}

/** The decompressed body went over the byte limit. */
export class TooLargeError extends FetchError {
  readonly code = 'TOO_LARGE';
  readonly retryable = false;
  constructor(
    url: string,
    readonly limitBytes: number,
  ) {
    super(`the page is larger than ${formatBytes(limitBytes)}, so it was not read`, url);
  }
}

/** Not a web page: PDF, image, binary, and so on. `contentType` says what it was. */
export class UnsupportedContentTypeError extends FetchError {
  readonly code = 'UNSUPPORTED_TYPE';
  readonly retryable = false;
  constructor(
    url: string,
    readonly contentType: string,
    detail?: string,
  ) {
    super(detail ?? `the link is ${contentType}, not a web page`, url);
  }
}

/** Connecting, or the whole fetch, took longer than allowed. */
export class FetchTimeoutError extends FetchError {
  readonly code = 'TIMEOUT';
  readonly retryable = true;
  constructor(
    url: string,
    readonly phase: 'connect' | 'total',
    readonly limitMs: number,
  ) {
    super(
      phase === 'connect'
        ? `the site did not accept a connection within ${limitMs} ms`
        : `the site did not send the page within ${limitMs} ms`,
      url,
    );
  }
}

/** 5xx or 429 (retryable), or another status we cannot use (not retryable). */
export class UpstreamError extends FetchError {
  readonly code = 'UPSTREAM';
  readonly retryable: boolean;
  /** Seconds the site asked us to wait (Retry-After), when it said. */
  readonly retryAfter?: number;
  constructor(url: string, status: number, retryAfter?: number) {
    const retryable = status === 429 || status >= 500;
    const hint = status === 429 ? ': too many requests' : retryable ? ': the site is having trouble' : '';
    super(`the site answered ${status}${hint}`, url, { status });
    this.retryable = retryable;
    if (retryAfter !== undefined) this.retryAfter = retryAfter;
  }
}

/** More redirects than allowed. */
export class TooManyRedirectsError extends FetchError {
  readonly code = 'TOO_MANY_REDIRECTS';
  readonly retryable = false;
  constructor(
    url: string,
    readonly limit: number,
  ) {
    super(`the link redirected more than ${limit} times`, url);
  }
}

/**
 * A web page whose text holds no markup at all, so a parser makes no document of it: empty, plain
 * words served as HTML, or bytes under a UTF-16 label without a byte-order mark that decode to noise.
 * The same bytes would fail again, so it is permanent.
 */
export class NoDocumentError extends FetchError {
  readonly code = 'NOT_AN_ARTICLE';
  readonly retryable = false;
  constructor(
    url: string,
    readonly charset: string,
  ) {
    super('the page has no readable document, so it is not an article', url);
  }
}

/**
 * DNS failure, refused or reset connection, TLS failure. Permanent (`retryable: false`) when trying
 * again minutes later cannot help: the host name does not exist, the certificate is invalid.
 */
export class NetworkError extends FetchError {
  readonly code = 'NETWORK';
  readonly retryable: boolean;
  constructor(url: string, detail: string, cause?: unknown, retryable = true) {
    super(`the site could not be reached (${detail})`, url, { cause });
    this.retryable = retryable;
  }
}

/** The TLS handshake failed (protocol or cipher mismatch, broken server): the cause keeps OpenSSL's words for the log. */
export class SecureConnectionError extends FetchError {
  readonly code = 'NETWORK';
  readonly retryable = false;
  constructor(url: string, cause?: unknown) {
    super('the site’s secure connection failed (its HTTPS setup is broken or too old)', url, { cause });
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
