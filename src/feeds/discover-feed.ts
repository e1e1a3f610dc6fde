/** The feed types a page may advertise with <link rel="alternate">, best first. */
const FEED_LINK_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
];

/** A feed a page advertises. */
export interface DiscoveredFeed {
  url: string;
  title?: string;
}

/**
 * Feed autodiscovery: the first `<link rel="alternate" type="application/rss+xml | atom+xml | feed+json">`
 * of an HTML page, resolved against the page URL. Null when the page advertises none.
 * https://www.rssboard.org/rss-autodiscovery
 */
export function discoverFeed(html: string, pageUrl: string): DiscoveredFeed | null {
  const head = html.slice(0, 512 * 1024);
  const candidates: Array<DiscoveredFeed & { rank: number }> = [];
  for (const tag of head.match(/<link\b[^>]*>/gi) ?? []) {
    const link = attributes(tag);
    const rel = (link.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.get('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    const rank = FEED_LINK_TYPES.indexOf(type);
    if (!rel.includes('alternate') || rank < 0) continue;
    let url: URL;
    try {
      url = new URL(decodeEntities(link.get('href') ?? ''), pageUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const title = decodeEntities(link.get('title') ?? '').trim();
    candidates.push({ url: url.href, rank, ...(title !== '' ? { title } : {}) });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  const best = candidates[0];
  return best ? { url: best.url, ...(best.title !== undefined ? { title: best.title } : {}) } : null;
}

/** The attributes of one start tag, names lower-cased. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const pattern = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
  for (const m of tag.slice(5).matchAll(pattern)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!out.has(name)) out.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
