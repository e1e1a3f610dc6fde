import type http from 'node:http';
import { startFixtureServer, type FixtureServer } from '../support/http-fixture-server';

/** One item of a served feed. */
export interface ServedItem {
  id: string;
  title: string;
  /** Path of the article on this server, e.g. "/articles/rail-strike". */
  path: string;
  summary?: string;
  /** ISO date the feed states; change it to re-date the item. */
  published: string;
}

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

/** A feed the server serves, changed by tests between polls. */
export interface ServedFeed {
  format: FeedFormat;
  title: string;
  items: ServedItem[];
  /** RSS <ttl> minutes. */
  ttl?: number;
  /** Send ETag / Last-Modified and answer conditional GETs with 304 while unchanged. */
  validators?: boolean;
  /** Extra response headers (Cache-Control, Retry-After). */
  headers?: Record<string, string>;
}

/**
 * A local feed site on 127.0.0.1: feeds in RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed at any path,
 * the articles their items link to, and the awkward cases (an HTML page that advertises a feed, an
 * HTML page that does not, a 20 MB feed, a redirect loop). Counts 304 answers per path.
 */
export interface FakeFeedServer {
  url: string;
  port: number;
  /** host:port, for BRIEFBOT_FETCH_ALLOW. */
  host: string;
  site: FixtureServer;
  notModified: Map<string, number>;
  /** Conditional headers received, by path, in order. */
  conditional: Map<string, Array<{ ifNoneMatch?: string; ifModifiedSince?: string }>>;
  serveFeed(path: string, feed: ServedFeed): void;
  /** An article page with a headline and paragraphs. */
  serveArticle(path: string, title: string, paragraphs: string[], site?: string): void;
  /** An HTML page that advertises `feedPath` with <link rel="alternate"> (or nothing, when null). */
  servePage(path: string, feedPath: string | null, type?: string): void;
  /** Makes a path fail with this status until served again. */
  fail(path: string, status: number): void;
  close(): Promise<void>;
}

export async function startFakeFeedServer(): Promise<FakeFeedServer> {
  const site = await startFixtureServer();
  const notModified = new Map<string, number>();
  const conditional = new Map<string, Array<{ ifNoneMatch?: string; ifModifiedSince?: string }>>();
  const base = site.url;
  const server: FakeFeedServer = {
    url: base,
    port: site.port,
    host: `127.0.0.1:${site.port}`,
    site,
    notModified,
    conditional,
    serveFeed(path, feed) {
      site.route(path, (req, res) => answerFeed(path, feed, req, res));
    },
    serveArticle(path, title, paragraphs, siteName = 'Feed Test Daily') {
      const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="${siteName}">
<meta property="article:published_time" content="${new Date().toISOString()}"></head><body><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
      site.route(path, { headers: { 'content-type': 'text/html; charset=utf-8' }, body });
    },
    servePage(path, feedPath, type = 'application/rss+xml') {
      const link =
        feedPath === null ? '' : `<link rel="alternate" type="${type}" title="Site feed" href="${feedPath}">`;
      const body = `<!doctype html><html><head><title>Front page</title>${link}</head><body><p>News.</p></body></html>`;
      site.route(path, { headers: { 'content-type': 'text/html; charset=utf-8' }, body });
    },
    fail(path, status) {
      site.route(path, { status, headers: { 'content-type': 'text/plain' }, body: 'down' });
    },
    close: () => site.close(),
  };

  function answerFeed(path: string, feed: ServedFeed, req: http.IncomingMessage, res: http.ServerResponse) {
    const body = renderFeed(feed, base);
    const etag = `"${hash(body)}"`;
    const lastModified = new Date(
      Math.max(0, ...feed.items.map((i) => Date.parse(i.published))),
    ).toUTCString();
    const list = conditional.get(path) ?? [];
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    list.push({
      ...(ifNoneMatch !== undefined ? { ifNoneMatch } : {}),
      ...(ifModifiedSince !== undefined ? { ifModifiedSince } : {}),
    });
    conditional.set(path, list);
    const headers: Record<string, string> = { ...feed.headers };
    if (feed.validators === true) {
      headers.etag = etag;
      headers['last-modified'] = lastModified;
      if (ifNoneMatch === etag) {
        notModified.set(path, (notModified.get(path) ?? 0) + 1);
        res.writeHead(304, headers).end();
        return;
      }
    }
    const type = {
      rss: 'application/rss+xml',
      rdf: 'application/rdf+xml',
      atom: 'application/atom+xml',
      json: 'application/feed+json',
    }[feed.format];
    res.writeHead(200, { ...headers, 'content-type': `${type}; charset=utf-8` }).end(body);
  }

  return server;
}

function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The feed as its format writes it. */
export function renderFeed(feed: ServedFeed, base: string): string {
  const items = feed.items;
  switch (feed.format) {
    case 'rss':
      return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${esc(feed.title)}</title><link>${base}/</link>${
        feed.ttl !== undefined ? `<ttl>${feed.ttl}</ttl>` : ''
      }${items
        .map(
          (i) =>
            `<item><title>${esc(i.title)}</title><link>${base}${i.path}</link><guid isPermaLink="false">${esc(i.id)}</guid><description>${esc(i.summary ?? '')}</description><pubDate>${new Date(i.published).toUTCString()}</pubDate></item>`,
        )
        .join('')}</channel></rss>`;
    case 'rdf':
      return `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="${base}/"><title>${esc(feed.title)}</title><link>${base}/</link></channel>${items
        .map(
          (i) =>
            `<item rdf:about="${base}${i.path}"><title>${esc(i.title)}</title><link>${base}${i.path}</link><description>${esc(i.summary ?? '')}</description><dc:date>${i.published}</dc:date></item>`,
        )
        .join('')}</rdf:RDF>`;
    case 'atom':
      return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(feed.title)}</title><id>${base}/</id><updated>${items[0]?.published ?? '2026-01-01T00:00:00Z'}</updated>${items
        .map(
          (i) =>
            `<entry><title>${esc(i.title)}</title><id>${esc(i.id)}</id><link rel="alternate" href="${base}${i.path}"/><summary>${esc(i.summary ?? '')}</summary><updated>${i.published}</updated></entry>`,
        )
        .join('')}</feed>`;
    case 'json':
      return JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: feed.title,
        items: items.map((i) => ({
          id: i.id,
          url: `${base}${i.path}`,
          title: i.title,
          summary: i.summary ?? '',
          date_published: i.published,
        })),
      });
  }
}

let counter = 0;

const places = [
  'harbour',
  'airport',
  'university',
  'hospital',
  'market',
  'stadium',
  'library',
  'station',
  'museum',
  'bridge',
];
const actors = [
  'the mayor',
  'the port authority',
  'the teachers union',
  'the health board',
  'local traders',
  'the fire service',
  'the water company',
  'residents',
  'the transport office',
  'the chamber of commerce',
];
const acts = [
  'approved',
  'delayed',
  'criticised',
  'funded',
  'reviewed',
  'challenged',
  'welcomed',
  'postponed',
  'expanded',
  'cancelled',
];

/** Sentences that differ from item to item, so two items are never "the same story" by accident. */
function varied(n: number): string[] {
  const pick = <T>(list: T[], k: number): T => list[(n * 7 + k * 3) % list.length] as T;
  return Array.from({ length: 6 }, (_, k) => {
    const m = n * 13 + k * 5;
    return `On day ${m} ${pick(actors, k)} ${pick(acts, k + 1)} the ${pick(places, k + 2)} scheme number ${m * 31}, after ${pick(actors, k + 4)} raised point ${m + 17} about the ${pick(places, k + 5)}.`;
  });
}

/** A news item with its article served on `server`: enough prose for the extractor and the engine. */
export function newsItem(
  server: Pick<FakeFeedServer, 'serveArticle'>,
  title: string,
  published = new Date().toISOString(),
): ServedItem {
  counter += 1;
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${counter}`;
  const path = `/articles/${slug}`;
  const [a = '', b = '', c = '', ...rest] = varied(counter);
  server.serveArticle(path, title, [
    `${title}. ${a} ${b}`,
    `Council leader Maria Jensen said the decision would be reviewed at a public meeting on January 14, 2027. ${c}`,
    `"We need more time to read the proposal," said councillor Tomas Berg. ${rest.join(' ')}`,
  ]);
  return { id: `urn:item:${slug}`, title, path, summary: `${title} — council report`, published };
}
