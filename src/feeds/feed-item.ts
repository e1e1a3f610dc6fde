/** One entry of a feed, reduced to what briefbot needs, whatever the format. */
export interface FeedItem {
  /** guid (RSS), id (Atom, JSON Feed) or rdf:about; absent when the feed gives none. */
  id?: string;
  /** Absolute link to the article; items without one are skipped (nothing to brief). */
  link?: string;
  title: string;
  /** Plain-text summary (tags stripped), for include/exclude words. */
  summary: string;
  /** ISO time the feed says the item was published or updated. */
  published?: string;
}

/** A parsed feed. */
export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string;
  items: FeedItem[];
  /** RSS <ttl>: minutes the feed may be cached. */
  ttlMinutes?: number;
}
