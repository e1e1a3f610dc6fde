import { Agent, request, type Dispatcher } from 'undici';
import { hasMarkup, looksBinary, PAGE_TYPES, parseContentType } from './content-type';
import { decodeBody } from './charset';
import {
  FetchTimeoutError,
  ForbiddenError,
  NoDocumentError,
  NotFoundError,
  TooLargeError,
  TooManyRedirectsError,
  UnsupportedContentTypeError,
  UpstreamError,
} from './errors';
import { readLimitedBody } from './read-body';
import { createSafeConnector, resolvePublicAddress, systemLookup, type AddressGuard } from './safe-connector';
import { translateRequestError } from './translate-request-error';
import { parseAllowEntry, parseFetchUrl, type CheckedUrl, type UrlPolicy } from './url-policy';

/** One fetched web page, decoded to text. */
export interface FetchedPage {
  /** The URL asked for, as given. */
  url: string;
  /** The URL the page finally came from, after redirects. */
  finalUrl: string;
  status: number;
  /** Media type without parameters, e.g. "text/html" ("text/html" is assumed when the site sent none). */
  contentType: string;
  /** The encoding the body was decoded with, e.g. "utf-8" or "windows-1252". */
  charset: string;
  body: string;
  /** Decompressed body size in bytes. */
  bytes: number;
  /** Every URL a redirect sent us to, in order (empty when there was none). */
  redirects: string[];
  /** Caching headers of the final response (etag, last-modified, cache-control, retry-after), when sent. */
  caching?: Partial<Record<CachingHeader, string>>;
}

/** Response headers a poller needs for conditional GETs and polite intervals. */
export type CachingHeader = 'etag' | 'last-modified' | 'cache-control' | 'retry-after';
const CACHING_HEADERS: readonly CachingHeader[] = ['etag', 'last-modified', 'cache-control', 'retry-after'];

/**
 * Per-request options for callers other than the article path (the feed poller): extra request
 * headers (If-None-Match, If-Modified-Since), the media types accepted instead of pages, and
 * whether a 304 Not Modified is an answer (status 304, empty body) rather than an error.
 */
export interface FetchRequestOptions {
  headers?: Record<string, string>;
  accept?: { mediaTypes: ReadonlySet<string>; header: string };
  notModifiedIsAnswer?: boolean;
}

export interface FetcherOptions {
  /** "host:port" entries let through the address check (BRIEFBOT_FETCH_ALLOW); their ports are allowed too. */
  allow?: string[];
  /** Ports that may be fetched; default [80, 443]. */
  allowedPorts?: number[];
  /** Host name resolver, for tests; default dns.lookup with all addresses. */
  lookup?: (hostname: string) => Promise<Array<{ address: string; family: 4 | 6 }>>;
  /** Most bytes of DECOMPRESSED body read; default 5 MB. */
  maxBytes?: number;
  /** Whole fetch, redirects and body included; default 15000. */
  timeoutMs?: number;
  /** DNS lookup, and separately the TCP/TLS connect; default 5000. */
  connectTimeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
}

/**
 * The one way briefbot fetches web pages: SSRF-safe (public addresses only, checked at connect
 * time), limited in time and size, pages only. Errors are `FetchError`s (see errors.ts).
 */
export interface Fetcher {
  /** Fetches `url`; rejects with a FetchError, or with `signal.reason` when `signal` aborts. */
  fetchPage(url: string, signal?: AbortSignal, options?: FetchRequestOptions): Promise<FetchedPage>;
  /** Closes pooled connections. */
  close(): Promise<void>;
}

export const FETCH_DEFAULTS = {
  allowedPorts: [80, 443],
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
  connectTimeoutMs: 5_000,
  maxRedirects: 5,
  userAgent: 'briefbot/0.1 (+https://github.com/briefbot/briefbot; news brief bot)',
} as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const allow = new Set((options.allow ?? []).map(parseAllowEntry));
  const policy: UrlPolicy = {
    allow,
    allowedPorts: new Set(options.allowedPorts ?? FETCH_DEFAULTS.allowedPorts),
  };
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const guard: AddressGuard = {
    lookup: options.lookup ?? systemLookup,
    allow,
    connectTimeoutMs: options.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs,
  };
  const agent = new Agent({
    connect: createSafeConnector(guard),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const headers = {
    'user-agent': options.userAgent ?? FETCH_DEFAULTS.userAgent,
    accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
    'accept-encoding': 'gzip, deflate, br',
  };

  async function fetchOnce(
    hop: CheckedUrl,
    signal: AbortSignal,
    options: FetchRequestOptions,
  ): Promise<Dispatcher.ResponseData> {
    // Early check, so a blocked name fails before any connection work. The connector checks
    // again on its own resolution: that is the check that counts (no rebinding gap).
    await abortable(resolvePublicAddress(hop.hostname, hop.port, guard, hop.url.href), signal);
    const sent = {
      ...headers,
      ...(options.accept ? { accept: options.accept.header } : {}),
      ...options.headers,
    };
    return request(hop.url, { dispatcher: agent, method: 'GET', headers: sent, signal });
  }

  async function run(
    url: string,
    signal: AbortSignal,
    track: (u: string) => void,
    options: FetchRequestOptions,
  ): Promise<FetchedPage> {
    let hop = parseFetchUrl(url, policy);
    const redirects: string[] = [];
    for (;;) {
      track(hop.url.href);
      const res = await fetchOnce(hop, signal, options);
      const location = headerValue(res.headers.location);
      if (REDIRECT_STATUSES.has(res.statusCode) && location !== undefined) {
        discard(res.body);
        if (redirects.length >= maxRedirects) throw new TooManyRedirectsError(url, maxRedirects);
        hop = parseFetchUrl(location, policy, hop.url.href);
        redirects.push(hop.url.href);
        continue;
      }
      const href = hop.url.href;
      try {
        const caching = cachingHeaders(res.headers);
        if (res.statusCode === 304 && options.notModifiedIsAnswer === true) {
          const notModified = {
            finalUrl: href,
            status: 304,
            contentType: '',
            charset: '',
            body: '',
            bytes: 0,
          };
          return { ...notModified, url, redirects, caching };
        }
        const accept = options.accept?.mediaTypes ?? PAGE_TYPES;
        return { ...(await readPage(res, href, maxBytes, accept)), url, redirects, caching };
      } finally {
        discard(res.body);
      }
    }
  }

  return {
    async fetchPage(url, signal, options = {}) {
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new FetchTimeoutError(url, 'total', timeoutMs)),
        timeoutMs,
      );
      const onAbort = () => controller.abort(signal?.reason);
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      let current = url;
      try {
        return await run(url, controller.signal, (u) => (current = u), options);
      } catch (err) {
        if (controller.signal.aborted) throw controller.signal.reason;
        throw translateRequestError(err, current, guard.connectTimeoutMs, timeoutMs);
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
    },
    close: () => agent.close(),
  };
}

async function readPage(
  res: Dispatcher.ResponseData,
  href: string,
  maxBytes: number,
  accept: ReadonlySet<string>,
): Promise<Omit<FetchedPage, 'url' | 'redirects'>> {
  const status = res.statusCode;
  failOnStatus(status, href, headerValue(res.headers['retry-after']));
  const type = parseContentType(res.headers['content-type']);
  if (type.mediaType !== '' && !accept.has(type.mediaType))
    throw new UnsupportedContentTypeError(href, type.mediaType);
  const declared = Number(headerValue(res.headers['content-length']) ?? NaN);
  if (res.headers['content-encoding'] === undefined && declared > maxBytes)
    throw new TooLargeError(href, maxBytes);
  const raw = await readLimitedBody(res.body, res.headers['content-encoding'], maxBytes, href);
  const mediaType = type.mediaType === '' ? 'text/html' : type.mediaType;
  if (looksBinary(raw, type.charset)) {
    throw new UnsupportedContentTypeError(
      href,
      mediaType,
      `the link is binary data served as ${mediaType}, not a web page`,
    );
  }
  const decoded = decodeBody(raw, type.charset, mediaType !== 'text/plain');
  // A web page must hold markup; JSON (feeds) and plain text are read as they are.
  if (/html|xml/.test(mediaType) && !hasMarkup(decoded.text))
    throw new NoDocumentError(href, decoded.charset);
  return {
    finalUrl: href,
    status,
    contentType: mediaType,
    charset: decoded.charset,
    body: decoded.text,
    bytes: raw.length,
  };
}

function failOnStatus(status: number, href: string, retryAfter: string | undefined): void {
  if (status >= 200 && status < 300) return;
  if (status === 404 || status === 410) throw new NotFoundError(href, status);
  if (status === 401 || status === 403 || status === 451) throw new ForbiddenError(href, status);
  throw new UpstreamError(href, status, parseRetryAfter(retryAfter));
}

/** Retry-After as seconds: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Drops a body we will not read; undici reports the abort as an error event, which is expected here. */
function discard(body: Dispatcher.ResponseData['body']): void {
  if (body.destroyed) return;
  body.on('error', () => undefined);
  body.destroy();
}

function cachingHeaders(all: Dispatcher.ResponseData['headers']): Partial<Record<CachingHeader, string>> {
  const out: Partial<Record<CachingHeader, string>> = {};
  for (const name of CACHING_HEADERS) {
    const value = headerValue(all[name]);
    if (value !== undefined && value !== '') out[name] = value;
  }
  return out;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}
