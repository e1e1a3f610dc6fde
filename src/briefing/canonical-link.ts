import { getDomain } from 'tldts';

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The registrable domain ("news.example", "paper.co.uk", "alice.github.io"), or the host itself for an IP. */
function siteOf(url: URL): string {
  return getDomain(url.hostname, { allowPrivateDomains: true }) ?? url.hostname;
}

/**
 * The URL a brief keeps for a page: its canonical link (or og:url) when that is an http(s) URL without
 * credentials on the same registrable domain as the fetched URL, else the fetched URL. A page cannot
 * name another site, or a `javascript:` link, as itself: that URL is posted, stored and written into
 * the ICS feed (issue 17). The public suffix list decides "same site", so paper.co.uk cannot claim
 * other.co.uk and alice.github.io cannot claim bob.github.io.
 */
export function checkedCanonical(fetchedUrl: string, canonical: string | undefined): string {
  if (canonical === undefined) return fetchedUrl;
  const fetched = parse(fetchedUrl);
  const named = parse(canonical);
  if (!fetched || !named) return fetchedUrl;
  if (named.protocol !== 'https:' && named.protocol !== 'http:') return fetchedUrl;
  if (named.username !== '' || named.password !== '') return fetchedUrl;
  return siteOf(named) === siteOf(fetched) ? named.href : fetchedUrl;
}
