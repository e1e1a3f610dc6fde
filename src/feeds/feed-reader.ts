import { FeedError } from './feed-errors';
import { fetchFeed, looksLikeHtml, type FetchPage, type Validators } from './feed-fetcher';
import type { ParsedFeed } from './feed-item';
import { discoverFeed } from './discover-feed';
import { parseFeedText } from './parse-feed';
import type { PollHints } from './poll-interval';

/** A feed read from the network. */
export type ReadFeed =
  | { kind: 'not-modified'; hints: PollHints }
  | {
      kind: 'feed';
      feed: ParsedFeed;
      /** The feed's own URL (after redirects, or the one a page advertised). */
      feedUrl: string;
      /** The page the feed was found on, when the URL given was a page. */
      discoveredFrom?: string;
      validators: Validators;
      hints: PollHints;
    };

/**
 * Reads `url` as a feed. When `discover` is set and the URL is an HTML page, follows the page's
 * advertised feed (autodiscovery) once. Throws FeedError (not a feed, parse error, no feed found)
 * or the fetcher's FetchError (blocked address, too large, redirect loop, unreachable, ...).
 */
export async function readFeed(
  fetchPage: FetchPage,
  url: string,
  options: { validators?: Validators; discover?: boolean; signal?: AbortSignal } = {},
): Promise<ReadFeed> {
  const first = await fetchFeed(fetchPage, url, options.validators ?? {}, options.signal);
  if (first.kind === 'not-modified') return first;
  if (!looksLikeHtml(first.contentType, first.body)) {
    const feed = parseFeedText(first.body, first.finalUrl);
    return { kind: 'feed', feed, feedUrl: first.finalUrl, validators: first.validators, hints: first.hints };
  }
  if (options.discover !== true)
    throw new FeedError('the address now serves an HTML page, not a feed', 'NOT_A_FEED', url);
  const found = discoverFeed(first.body, first.finalUrl);
  if (found === null)
    throw new FeedError(
      'the page is not a feed and does not link one (no <link rel="alternate"> to RSS, Atom or JSON Feed)',
      'NO_FEED_FOUND',
      url,
    );
  const second = await fetchFeed(fetchPage, found.url, {}, options.signal);
  if (second.kind === 'not-modified' || looksLikeHtml(second.contentType, second.body))
    throw new FeedError(`the feed the page links (${found.url}) is not a feed`, 'NOT_A_FEED', found.url);
  const feed = parseFeedText(second.body, second.finalUrl);
  return {
    kind: 'feed',
    feed,
    feedUrl: second.finalUrl,
    discoveredFrom: first.finalUrl,
    validators: second.validators,
    hints: second.hints,
  };
}
