import { discoverFeed } from '../../../src/feeds/discover-feed';
import { FeedError } from '../../../src/feeds/feed-errors';
import { parseFeedText } from '../../../src/feeds/parse-feed';
import { renderFeed, type FeedFormat, type ServedFeed } from '../../fakes/fake-feed-server';

const base = 'https://news.example.org';
const feed = (format: FeedFormat): ServedFeed => ({
  format,
  title: 'Example <b>News</b>',
  ttl: 30,
  items: [
    {
      id: 'tag:one',
      title: 'Rail strike set for <i>January</i>',
      path: '/a/rail',
      summary: 'Unions <b>vote</b>',
      published: '2026-11-30T10:00:00Z',
    },
    { id: 'tag:two', title: 'Budget vote', path: '/a/budget', published: '2026-11-29T08:30:00Z' },
  ],
});

describe('parsing feeds', () => {
  it.each<FeedFormat>(['rss', 'rdf', 'atom', 'json'])(
    'reads a %s feed into titles, absolute links and dates',
    (format) => {
      const parsed = parseFeedText(renderFeed(feed(format), base), `${base}/feed`);
      expect(parsed.format).toBe(format);
      expect(parsed.title).toBe('Example News');
      expect(parsed.items.map((i) => i.link)).toEqual([`${base}/a/rail`, `${base}/a/budget`]);
      expect(parsed.items[0]?.title).toBe('Rail strike set for January');
      expect(parsed.items[0]?.published).toBe('2026-11-30T10:00:00.000Z');
    },
  );

  it('keeps the guid of RSS and the id of Atom and JSON Feed, and rdf:about for RSS 1.0', () => {
    expect(parseFeedText(renderFeed(feed('rss'), base), base).items[0]?.id).toBe('tag:one');
    expect(parseFeedText(renderFeed(feed('atom'), base), base).items[0]?.id).toBe('tag:one');
    expect(parseFeedText(renderFeed(feed('json'), base), base).items[0]?.id).toBe('tag:one');
    expect(parseFeedText(renderFeed(feed('rdf'), base), base).items[0]?.id).toBe(`${base}/a/rail`);
  });

  it('reads the RSS <ttl> so the poller can poll less often', () => {
    expect(parseFeedText(renderFeed(feed('rss'), base), base).ttlMinutes).toBe(30);
  });

  it('resolves relative links and drops items whose link is not a web address', () => {
    const xml = `<rss version="2.0"><channel><title>T</title>
      <item><title>Relative</title><link>/story/1</link></item>
      <item><title>Script</title><link>javascript:alert(1)</link></item></channel></rss>`;
    expect(parseFeedText(xml, `${base}/rss`).items.map((i) => i.link)).toEqual([`${base}/story/1`]);
  });

  it('says an HTML page is not a feed, and reads a cut-off feed as having no items', () => {
    const html = () => parseFeedText('<html><body><p>Hello</p></body></html>', base);
    expect(html).toThrow(FeedError);
    expect(html).toThrow('it is not an RSS, Atom or JSON feed');
    // A feed cut off mid-item still reads as the items it has: a truncated answer posts nothing new.
    expect(parseFeedText('<rss version="2.0"><channel><title>T</title><item>', base).items).toEqual([]);
  });
});

describe('feed autodiscovery', () => {
  it('finds the feed a page advertises, resolved against the page URL, RSS before JSON', () => {
    const html = `<html><head>
      <link rel="alternate" type="application/feed+json" href="/feed.json">
      <link rel="alternate" type="application/rss+xml" title="All news &amp; more" href="/rss.xml">
      <link rel="stylesheet" href="/site.css"></head></html>`;
    expect(discoverFeed(html, `${base}/world/`)).toEqual({
      url: `${base}/rss.xml`,
      title: 'All news & more',
    });
  });

  it('finds nothing on a page without a feed link, or with only a non-http one', () => {
    expect(discoverFeed('<html><head><link rel="icon" href="/i.png"></head></html>', base)).toBeNull();
    expect(
      discoverFeed('<link rel="alternate" type="application/atom+xml" href="javascript:void(0)">', base),
    ).toBeNull();
  });
});
