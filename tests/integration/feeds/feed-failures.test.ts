import { FeedError } from '../../../src/feeds/feed-errors';
import { FetchError } from '../../../src/fetching/errors';
import { startFakeFeedServer, type ServedFeed } from '../../fakes/fake-feed-server';
import { FeedRig, newsItem } from './feed-harness';

async function followError(rig: FeedRig, path: string): Promise<FeedError | FetchError> {
  const err: unknown = await rig.follow(path, 'C-X').then(
    () => new Error('followed'),
    (e: unknown) => e,
  );
  if (err instanceof FeedError || err instanceof FetchError) return err;
  throw err;
}

describe('followed feeds: pages, bad feeds and failures', () => {
  let rig: FeedRig;
  beforeEach(async () => {
    rig = await FeedRig.start({ FEED_POLL_SECONDS: '600' });
  });
  afterEach(async () => {
    await rig.close();
  });

  it('follows the feed a page advertises and names it', async () => {
    rig.server.serveFeed('/news/feed.xml', { format: 'atom', title: 'Front Page Feed', items: [] });
    rig.server.servePage('/news/', '/news/feed.xml', 'application/atom+xml');
    const result = await rig.follow('/news/', 'C-P');
    expect(result.feed.url).toBe(`${rig.server.url}/news/feed.xml`);
    expect(result.discoveredFrom).toBe(`${rig.server.url}/news/`);
    expect(result.feed.title).toBe('Front Page Feed');
    const [status] = await rig.commands.list({ platform: 'test', channel: 'C-P' });
    expect(status?.follow.askedUrl).toBe(`${rig.server.url}/news/`);
    // Unfollowing by the page address works too.
    expect(
      await rig.commands.unfollow({ platform: 'test', channel: 'C-P' }, `${rig.server.url}/news/`),
    ).not.toBeNull();
  });

  it('refuses a page without a feed, a 20 MB feed, a redirect loop and a private address, saying why', async () => {
    rig.server.servePage('/plain', null);
    expect((await followError(rig, '/plain')).message).toMatch(/does not link one/);

    rig.server.site.route('/huge', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = `<item><title>${'x'.repeat(1000)}</title></item>`;
      res.write('<rss version="2.0"><channel><title>Huge</title>');
      let sent = 0;
      const pump = () => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end('</channel></rss>');
      };
      pump();
    });
    const huge = await followError(rig, '/huge');
    expect(huge).toMatchObject({ code: 'TOO_LARGE' });

    rig.server.site.route('/loop-a', { status: 302, headers: { location: '/loop-b' } });
    rig.server.site.route('/loop-b', { status: 302, headers: { location: '/loop-a' } });
    expect(await followError(rig, '/loop-a')).toMatchObject({ code: 'TOO_MANY_REDIRECTS' });

    // A real feed, on a private address the fetcher is not allowed to reach: nothing is fetched.
    const internal = await startFakeFeedServer();
    try {
      internal.serveFeed('/rss', { format: 'rss', title: 'Intranet', items: [] });
      const err: unknown = await rig.followUrl(`${internal.url}/rss`, 'C-X').catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'BLOCKED_ADDRESS' });
      expect(internal.site.totalHits).toBe(0);
    } finally {
      await internal.close();
    }
    expect(await rig.commands.list({ platform: 'test', channel: 'C-X' })).toEqual([]);
  });

  it('pauses a feed after 5 failed polls in a row with one notice per channel, and following again resumes it', async () => {
    const feed: ServedFeed = { format: 'rss', title: 'Flaky Desk', items: [newsItem(rig.server, 'Before')] };
    rig.server.serveFeed('/flaky', feed);
    await rig.follow('/flaky', 'C-1');
    await rig.follow('/flaky', 'C-2');
    rig.server.servePage('/flaky', null); // the feed address now serves an HTML page
    const outcomes = [];
    for (let n = 0; n < 6; n++) outcomes.push(await rig.poll('/flaky'));
    expect(outcomes).toEqual(['failed', 'failed', 'failed', 'failed', 'paused', 'paused']);
    for (const channel of ['C-1', 'C-2']) {
      const notices = rig.notices(channel);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain('Paused the feed Flaky Desk');
      expect(notices[0]).toContain('the address now serves an HTML page, not a feed');
    }
    const [status] = await rig.commands.list({ platform: 'test', channel: 'C-1' });
    expect(status?.feed.state).toBe('paused');
    expect(status?.feed.lastError).toBe('the address now serves an HTML page, not a feed');
    expect(await rig.worker.queues.feeds.getJobSchedulers()).toEqual([]);

    feed.items.push(newsItem(rig.server, 'While paused'));
    rig.server.serveFeed('/flaky', feed);
    const resumed = await rig.follow('/flaky', 'C-1');
    expect(resumed.resumed).toBe(true);
    expect(resumed.feed.state).toBe('active');
    expect(await rig.worker.queues.feeds.getJobSchedulers()).toHaveLength(1);
    // The item that appeared while paused reaches the other channel; C-1 followed again after it appeared.
    expect(await rig.briefsIn('C-2', 1)).toEqual(['While paused']);
    feed.items.push(newsItem(rig.server, 'After resume'));
    await rig.poll('/flaky');
    expect(await rig.briefsIn('C-1', 1)).toEqual(['After resume']);
  });

  it('two workers polling the same feed at once post each item once per channel', async () => {
    const feed: ServedFeed = { format: 'rss', title: 'Race', items: [] };
    rig.server.serveFeed('/race', feed);
    await rig.follow('/race', 'C-A');
    await rig.follow('/race', 'C-B');
    const other = await rig.secondWorker();
    for (let round = 1; round <= 3; round++) {
      feed.items.push(newsItem(rig.server, `Race item ${round}`));
      await Promise.all([
        rig.poll('/race'),
        rig.poll('/race', other),
        rig.poll('/race'),
        rig.poll('/race', other),
      ]);
    }
    const a = await rig.briefsIn('C-A', 3);
    expect([...a].sort()).toEqual(['Race item 1', 'Race item 2', 'Race item 3']);
    expect([...rig.briefTitles('C-B')].sort()).toEqual(['Race item 1', 'Race item 2', 'Race item 3']);
    expect(rig.chat.posts).toHaveLength(6);
  });
});
