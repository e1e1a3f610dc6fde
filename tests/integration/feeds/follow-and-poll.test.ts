import { feedSchedulerId } from '../../../src/feeds/feed-payloads';
import type { FeedFormat, ServedFeed } from '../../fakes/fake-feed-server';
import { FeedRig, newsItem } from './feed-harness';

describe('followed feeds: follow, poll, post once', () => {
  let rig: FeedRig;
  beforeEach(async () => {
    rig = await FeedRig.start({ FEED_POLL_SECONDS: '600' });
  });
  afterEach(async () => {
    await rig.close();
  });

  it('posts nothing for the items present at follow time, then one brief per following channel for a new item', async () => {
    const feed: ServedFeed = {
      format: 'rss',
      title: 'City Desk',
      items: [newsItem(rig.server, 'Harbour fees rise'), newsItem(rig.server, 'Library reopens')],
    };
    rig.server.serveFeed('/rss', feed);
    const followed = await rig.follow('/rss', 'C-A');
    await rig.follow('/rss', 'C-B');
    expect(followed.feed.title).toBe('City Desk');
    expect(followed.present).toBe(2);
    expect(await rig.poll('/rss')).toBe('no_new_items');
    await rig.settled();
    expect(rig.chat.posts).toEqual([]);

    feed.items.unshift(newsItem(rig.server, 'Bridge closure planned'));
    expect(await rig.poll('/rss')).toBe('new_items');
    expect(await rig.briefsIn('C-A', 1)).toEqual(['Bridge closure planned']);
    expect(rig.briefTitles('C-B')).toEqual(['Bridge closure planned']);
    expect(rig.chat.posts).toHaveLength(2);
    expect(rig.metrics.items.get('briefed')).toBe(2);
    expect(rig.metrics.items.get('baseline')).toBe(2);
  });

  it.each<FeedFormat>(['rss', 'rdf', 'atom', 'json'])(
    'follows a %s feed and briefs its new item',
    async (format) => {
      const feed: ServedFeed = {
        format,
        title: `Desk ${format}`,
        items: [newsItem(rig.server, 'Old story')],
      };
      rig.server.serveFeed(`/feed-${format}`, feed);
      await rig.follow(`/feed-${format}`, 'C-F');
      feed.items.push(newsItem(rig.server, `Tram line extended ${format}`));
      await rig.poll(`/feed-${format}`);
      expect(await rig.briefsIn('C-F', 1)).toEqual([`Tram line extended ${format}`]);
    },
  );

  it('runs one job scheduler per feed, shared by the channels, at FEED_POLL_SECONDS plus at most 10 %', async () => {
    rig.server.serveFeed('/shared', { format: 'atom', title: 'Shared', items: [] });
    await rig.follow('/shared', 'C-1');
    await rig.follow('/shared', 'C-2');
    const schedulers = await rig.worker.queues.feeds.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toEqual([feedSchedulerId(rig.feedId('/shared'))]);
    const every = Number(schedulers[0]?.every);
    expect(every).toBeGreaterThanOrEqual(600_000);
    expect(every).toBeLessThanOrEqual(660_000);
  });

  it('polls less often when the feed asks with Cache-Control max-age or <ttl>', async () => {
    rig.server.serveFeed('/slow', { format: 'rss', title: 'Slow', ttl: 120, items: [] });
    rig.server.serveFeed('/cached', {
      format: 'json',
      title: 'Cached',
      items: [],
      headers: { 'cache-control': 'max-age=3600' },
    });
    await rig.follow('/slow', 'C-1');
    await rig.follow('/cached', 'C-1');
    const every = new Map(
      (await rig.worker.queues.feeds.getJobSchedulers()).map((s) => [s.key, Number(s.every)]),
    );
    const slow = every.get(feedSchedulerId(rig.feedId('/slow'))) ?? 0;
    const cached = every.get(feedSchedulerId(rig.feedId('/cached'))) ?? 0;
    expect(slow).toBeGreaterThanOrEqual(7_200_000);
    expect(slow).toBeLessThanOrEqual(7_920_000);
    expect(cached).toBeGreaterThanOrEqual(3_600_000);
    expect(cached).toBeLessThanOrEqual(3_960_000);
  });

  it('polls less often after a 503 with Retry-After, and back at the usual pace once the feed answers', async () => {
    const feed: ServedFeed = { format: 'rss', title: 'Busy Server', items: [] };
    rig.server.serveFeed('/busy-server', feed);
    await rig.follow('/busy-server', 'C-1');
    const every = async () => Number((await rig.worker.queues.feeds.getJobSchedulers())[0]?.every);
    expect(await every()).toBeLessThanOrEqual(660_000);
    rig.server.site.route('/busy-server', { status: 503, headers: { 'retry-after': '7200' }, body: 'busy' });
    expect(await rig.poll('/busy-server')).toBe('failed');
    expect(await every()).toBeGreaterThanOrEqual(7_200_000);
    rig.server.serveFeed('/busy-server', feed);
    expect(await rig.poll('/busy-server')).toBe('no_new_items');
    expect(await every()).toBeLessThanOrEqual(660_000);
  });

  it('sends If-None-Match / If-Modified-Since after an ETag / Last-Modified, and a 304 posts nothing', async () => {
    const feed: ServedFeed = {
      format: 'rss',
      title: 'Validators',
      validators: true,
      items: [newsItem(rig.server, 'First')],
    };
    rig.server.serveFeed('/etag', feed);
    await rig.follow('/etag', 'C-E');
    expect(await rig.poll('/etag')).toBe('not_modified');
    const sent = rig.server.conditional.get('/etag') ?? [];
    expect(sent[0]).toEqual({});
    expect(sent[1]?.ifNoneMatch).toMatch(/^"[0-9a-f]+"$/);
    expect(sent[1]?.ifModifiedSince).toMatch(/GMT$/);
    expect(rig.server.notModified.get('/etag')).toBe(1);
    feed.items.push(newsItem(rig.server, 'Second'));
    expect(await rig.poll('/etag')).toBe('new_items');
    expect(await rig.briefsIn('C-E', 1)).toEqual(['Second']);
  });

  it('never posts an item twice when the feed re-dates, reorders or re-publishes it under a new guid', async () => {
    const a = newsItem(rig.server, 'Dam repairs begin');
    const b = newsItem(rig.server, 'School term extended');
    const feed: ServedFeed = { format: 'rss', title: 'Redater', items: [a] };
    rig.server.serveFeed('/redate', feed);
    await rig.follow('/redate', 'C-R');
    feed.items = [b, a];
    await rig.poll('/redate');
    await rig.briefsIn('C-R', 1);
    const later = new Date(Date.now() + 3600_000).toISOString();
    feed.items = [
      { ...a, published: later },
      { ...b, published: later, id: `${b.id}-republished` },
      { ...a, id: 'urn:other-guid', published: later },
    ];
    expect(await rig.poll('/redate')).toBe('no_new_items');
    await rig.settled();
    expect(rig.briefTitles('C-R')).toEqual(['School term extended']);
    expect(rig.metrics.items.get('duplicate')).toBeGreaterThanOrEqual(3);
  });

  it('applies each channel’s include and exclude words to titles and summaries', async () => {
    const feed: ServedFeed = { format: 'atom', title: 'Mixed', items: [] };
    rig.server.serveFeed('/mixed', feed);
    await rig.follow('/mixed', 'C-IN', { include: ['strike'] });
    await rig.follow('/mixed', 'C-EX', { exclude: ['strike'] });
    feed.items.push(newsItem(rig.server, 'Rail strike called'), newsItem(rig.server, 'Museum wins award'));
    await rig.poll('/mixed');
    expect(await rig.briefsIn('C-IN', 1)).toEqual(['Rail strike called']);
    expect(await rig.briefsIn('C-EX', 1)).toEqual(['Museum wins award']);
    expect(rig.metrics.items.get('filtered')).toBe(2);
  });

  it('briefs at most FEED_MAX_ITEMS_PER_POLL new items and lists the rest in one compact message', async () => {
    const feed: ServedFeed = { format: 'json', title: 'Busy Wire', items: [] };
    rig.server.serveFeed('/busy', feed);
    await rig.follow('/busy', 'C-W');
    const base = Date.parse('2026-11-30T00:00:00Z');
    for (let n = 1; n <= 8; n++)
      feed.items.push(newsItem(rig.server, `Wire story ${n}`, new Date(base + n * 60_000).toISOString()));
    await rig.poll('/busy');
    const briefs = await rig.briefsIn('C-W', 5);
    expect([...briefs].sort()).toEqual([
      'Wire story 4',
      'Wire story 5',
      'Wire story 6',
      'Wire story 7',
      'Wire story 8',
    ]);
    const [list, ...others] = rig.notices('C-W');
    expect(others).toEqual([]);
    expect(list?.split('\n')[0]).toBe('…and 3 more from Busy Wire:');
    expect(list).toContain('Wire story 1');
    expect(list).not.toContain('Wire story 4');
  });

  it('stops posting to a channel that unfollowed, and stops polling when nobody follows', async () => {
    const feed: ServedFeed = { format: 'rss', title: 'Leaving', items: [] };
    rig.server.serveFeed('/leave', feed);
    await rig.follow('/leave', 'C-STAY');
    await rig.follow('/leave', 'C-GO');
    expect(
      await rig.commands.unfollow({ platform: 'test', channel: 'C-GO' }, `${rig.server.url}/leave`),
    ).not.toBeNull();
    feed.items.push(newsItem(rig.server, 'Ferry timetable'));
    await rig.poll('/leave');
    await rig.briefsIn('C-STAY', 1);
    expect(rig.briefTitles('C-GO')).toEqual([]);
    await rig.commands.unfollow({ platform: 'test', channel: 'C-STAY' }, `${rig.server.url}/leave`);
    expect(await rig.worker.queues.feeds.getJobSchedulers()).toEqual([]);
    expect(await rig.poll('/leave')).toBe('orphan');
  });

  it('lists url, title, last poll, items posted, last error and state in /brief feeds', async () => {
    const feed: ServedFeed = { format: 'rss', title: 'Listed', items: [] };
    rig.server.serveFeed('/listed', feed);
    await rig.follow('/listed', 'C-L', { include: ['council'] });
    feed.items.push(newsItem(rig.server, 'Council votes'));
    await rig.poll('/listed');
    await rig.briefsIn('C-L', 1);
    rig.server.fail('/listed', 503);
    await rig.poll('/listed');
    const [status] = await rig.commands.list({ platform: 'test', channel: 'C-L' });
    expect(status?.feed.url).toBe(`${rig.server.url}/listed`);
    expect(status?.feed.title).toBe('Listed');
    expect(status?.feed.state).toBe('active');
    expect(status?.feed.lastPollAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(status?.feed.lastError).toBe('the site answered 503: the site is having trouble');
    expect(status?.posted).toBe(1);
    expect(status?.follow.include).toEqual(['council']);
  });
});
