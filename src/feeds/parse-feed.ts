import { parseFeed as parseAnyFeed } from 'feedsmith';
import { FeedError } from './feed-errors';
import type { FeedItem, ParsedFeed } from './feed-item';

/** What feedsmith's parser returns, narrowed to the fields read here (all optional, all unknown-shaped). */
type Loose = Record<string, unknown>;

const MAX_ITEMS = 500;

/**
 * Parses RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed (feedsmith, docs/adr/020) into a ParsedFeed.
 * Links are resolved against `baseUrl`; items without an http(s) link are dropped.
 * Throws FeedError NOT_A_FEED when the text is none of the four, PARSE_ERROR when it is broken.
 */
export function parseFeedText(text: string, baseUrl: string): ParsedFeed {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseAnyFeed(text) as { format: string; feed: unknown };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'DetectError')
      throw new FeedError('it is not an RSS, Atom or JSON feed', 'NOT_A_FEED', baseUrl);
    throw new FeedError('the feed could not be parsed (malformed XML or JSON)', 'PARSE_ERROR', baseUrl);
  }
  const feed = (parsed.feed ?? {}) as Loose;
  const format = parsed.format as ParsedFeed['format'];
  const rawItems = asArray(format === 'atom' ? feed.entries : feed.items).slice(0, MAX_ITEMS);
  const items = rawItems.flatMap((raw) => {
    const item = format === 'atom' ? atomItem(raw) : format === 'json' ? jsonItem(raw) : rssItem(raw);
    const link = absolute(item.link, baseUrl);
    return link === undefined ? [] : [{ ...item, link }];
  });
  const out: ParsedFeed = { format, title: clean(textOf(feed.title)) || baseUrl, items };
  const ttl = Number(feed.ttl);
  if (Number.isFinite(ttl) && ttl > 0) out.ttlMinutes = ttl;
  return out;
}

function rssItem(raw: Loose): FeedItem {
  const guid = raw.guid as Loose | string | undefined;
  const id = typeof guid === 'object' ? textOf(guid.value) : textOf(guid);
  const about = textOf((raw.rdf as Loose | undefined)?.about);
  const dc = raw.dc as Loose | undefined;
  return build({
    id: id || about,
    link: textOf(raw.link) || (guid && typeof guid === 'object' && guid.isPermaLink !== false ? id : ''),
    title: textOf(raw.title),
    summary: textOf(raw.description),
    published: textOf(raw.pubDate) || textOf(dc?.date) || textOf(asStrings(dc?.dates)[0]),
  });
}

function atomItem(raw: Loose): FeedItem {
  const links = asArray(raw.links);
  const alternate = links.find((l) => l.rel === undefined || l.rel === 'alternate') ?? links[0];
  return build({
    id: textOf(raw.id),
    link: textOf(alternate?.href),
    title: textOf(raw.title),
    summary: textOf(raw.summary) || textOf(raw.content),
    published: textOf(raw.published) || textOf(raw.updated),
  });
}

function jsonItem(raw: Loose): FeedItem {
  return build({
    id: textOf(raw.id),
    link: textOf(raw.url) || textOf(raw.external_url),
    title: textOf(raw.title),
    summary: textOf(raw.summary) || textOf(raw.content_text) || textOf(raw.content_html),
    published: textOf(raw.date_published) || textOf(raw.date_modified),
  });
}

function build(fields: {
  id: string;
  link: string;
  title: string;
  summary: string;
  published: string;
}): FeedItem {
  const item: FeedItem = { title: clean(fields.title), summary: clean(fields.summary).slice(0, 2000) };
  if (fields.id.trim() !== '') item.id = fields.id.trim();
  if (fields.link.trim() !== '') item.link = fields.link.trim();
  const at = Date.parse(fields.published);
  if (!Number.isNaN(at)) item.published = new Date(at).toISOString();
  return item;
}

/** Text of a string, a number, or feedsmith's `{ value }` text constructs (Atom title, summary). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value !== null && typeof value === 'object' && 'value' in value) return textOf(value.value);
  return '';
}

function asStrings(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asArray(value: unknown): Loose[] {
  return Array.isArray(value) ? value.filter((v): v is Loose => v !== null && typeof v === 'object') : [];
}

/** Feed text is untrusted: tags dropped, entities left as text, whitespace collapsed. */
function clean(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function absolute(link: string | undefined, base: string): string | undefined {
  if (link === undefined) return undefined;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
