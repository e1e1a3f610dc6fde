import type { ServedFeed, ServedItem } from '../../fakes/fake-feed-server';
import { FeedRig, newsItem } from './feed-harness';

const story = [
  'The regional transport authority approved a new night bus network on Tuesday after months of talks with the drivers union and the city council.',
  'Authority chair Helena Varga said the first routes would start on March 2, 2027, and that a public consultation on fares would open on February 10, 2027.',
  'Union leader Piotr Nowak welcomed the deal but warned that staffing remained tight. "We will watch the rosters closely," Nowak said after the vote.',
  'The network will link the airport, the university and the hospital district, with buses every twenty minutes between midnight and five in the morning.',
];

describe('one story, one post', () => {
  let rig: FeedRig;
  beforeEach(async () => {
    rig = await FeedRig.start({ FEED_POLL_SECONDS: '600' });
  });
  afterEach(async () => {
    await rig.close();
  });

  function copy(path: string, title: string, site: string, extra: string[] = []): ServedItem {
    rig.server.serveArticle(path, title, [...story, ...extra], site);
    return { id: `urn:${path}`, title, path, published: new Date().toISOString() };
  }

  it('posts a story reported by two feeds once, and the later source in its thread with its dates', async () => {
    const first: ServedFeed = { format: 'rss', title: 'Metro Times', items: [] };
    const second: ServedFeed = { format: 'atom', title: 'Wire Service', items: [] };
    rig.server.serveFeed('/metro', first);
    rig.server.serveFeed('/wire', second);
    await rig.follow('/metro', 'C-S');
    await rig.follow('/wire', 'C-S');
    await rig.follow('/wire', 'C-OTHER');

    first.items.push(copy('/metro/night-buses', 'Night buses approved', 'Metro Times'));
    await rig.poll('/metro');
    await rig.briefsIn('C-S', 1);
    const original = rig.chat.posts.find((p) => p.channel === 'C-S' && p.message.kind === 'brief');

    // The wire copy has one more paragraph and another headline: still the same story.
    second.items.push(
      copy('/wire/bus-network', 'Transport authority backs night network', 'Wire Service', [
        'Officials said the budget for the first year was set at four million euros.',
      ]),
      newsItem(rig.server, 'Harbour crane collapses'),
    );
    await rig.poll('/wire');
    await rig.briefsIn('C-S', 2);

    expect(rig.briefTitles('C-S')).toEqual(['Night buses approved', 'Harbour crane collapses']);
    const thread = rig.chat.posts.filter((p) => p.channel === 'C-S' && p.message.kind === 'notice');
    expect(thread).toHaveLength(1);
    expect(thread[0]?.replyTo).toBe(original?.ref.id);
    expect(thread[0]?.message).toEqual({
      kind: 'notice',
      text: 'Also covered by Wire Service',
      link: { url: `${rig.server.url}/wire/bus-network`, title: 'Transport authority backs night network' },
    });
    // The later source's dates go to the events of the first post (its thread), not to a new post.
    const wire = rig.delivered.find(
      (d) => d.channel === 'C-S' && d.title === 'Transport authority backs night network',
    );
    expect(wire?.refId).toBe(original?.ref.id);
    expect(wire?.next).toEqual(expect.arrayContaining(['2027-03-02']));
    // A channel that has not seen the story gets the brief itself.
    expect([...rig.briefTitles('C-OTHER')].sort()).toEqual([
      'Harbour crane collapses',
      'Transport authority backs night network',
    ]);
  });

  it('posts two different stories from two feeds as two briefs', async () => {
    const a: ServedFeed = { format: 'json', title: 'A', items: [] };
    const b: ServedFeed = { format: 'rss', title: 'B', items: [] };
    rig.server.serveFeed('/a', a);
    rig.server.serveFeed('/b', b);
    await rig.follow('/a', 'C-D');
    await rig.follow('/b', 'C-D');
    a.items.push(copy('/a/buses', 'Night buses approved', 'A'));
    await rig.poll('/a');
    await rig.briefsIn('C-D', 1);
    b.items.push(newsItem(rig.server, 'Council tax frozen'));
    await rig.poll('/b');
    expect(await rig.briefsIn('C-D', 2)).toEqual(['Night buses approved', 'Council tax frozen']);
    expect(rig.notices('C-D')).toEqual([]);
  });
});
