import type { FetchedPage, FetchRequestOptions } from '../fetching/fetch-page';
import { parseRetryAfter } from '../fetching/fetch-page';
import { parseMaxAge, type PollHints } from './poll-interval';

/** Media types a feed (or a page advertising one) is served as. */
const FEED_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/x-rss+xml',
  'application/feed+json',
  'application/json',
  'text/html',
  'application/xhtml+xml',
  'text/plain',
]);

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.7, text/html;q=0.5, */*;q=0.1';

/** The SSRF-safe fetcher's one method, as the feed poller uses it. */
export type FetchPage = (
  url: string,
  signal?: AbortSignal,
  options?: FetchRequestOptions,
) => Promise<FetchedPage>;

/** Validators remembered from the last answer, sent back as a conditional GET. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FeedResponse =
  | { kind: 'not-modified'; hints: PollHints }
  | {
      kind: 'body';
      body: string;
      contentType: string;
      finalUrl: string;
      validators: Validators;
      hints: PollHints;
    };

/**
 * GETs a feed through the SSRF-safe fetcher (its address checks, time and size limits), with
 * If-None-Match / If-Modified-Since when the last answer carried an ETag / Last-Modified.
 * A 304 comes back as `not-modified` with nothing read.
 */
export async function fetchFeed(
  fetchPage: FetchPage,
  url: string,
  validators: Validators,
  signal?: AbortSignal,
): Promise<FeedResponse> {
  const headers: Record<string, string> = {};
  if (validators.etag !== undefined) headers['if-none-match'] = validators.etag;
  if (validators.lastModified !== undefined) headers['if-modified-since'] = validators.lastModified;
  const page = await fetchPage(url, signal, {
    headers,
    accept: { mediaTypes: FEED_MEDIA_TYPES, header: ACCEPT },
    notModifiedIsAnswer: true,
  });
  const caching = page.caching ?? {};
  const hints: PollHints = {};
  const retryAfter = parseRetryAfter(caching['retry-after']);
  if (retryAfter !== undefined) hints.retryAfterSeconds = retryAfter;
  const maxAge = parseMaxAge(caching['cache-control']);
  if (maxAge !== undefined) hints.maxAgeSeconds = maxAge;
  if (page.status === 304) return { kind: 'not-modified', hints };
  const next: Validators = {};
  if (caching.etag !== undefined) next.etag = caching.etag;
  if (caching['last-modified'] !== undefined) next.lastModified = caching['last-modified'];
  return {
    kind: 'body',
    body: page.body,
    contentType: page.contentType,
    finalUrl: page.finalUrl,
    validators: next,
    hints,
  };
}

/** True when the body is an HTML page rather than a feed (autodiscovery looks in it). */
export function looksLikeHtml(contentType: string, body: string): boolean {
  if (contentType === 'text/html' || contentType === 'application/xhtml+xml') return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(body.slice(0, 500));
}
