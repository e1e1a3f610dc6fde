import { parseFollowArgs } from '../../../commands/follow';
import { commandText } from '../../../src/chat/discord/interaction-command-text';
import { filterVerdict, parseWordList } from '../../../src/feeds/item-filter';
import { moreItemsText, plainText } from '../../../src/feeds/feed-text';
import { feedJitter, parseMaxAge, pollIntervalSeconds } from '../../../src/feeds/poll-interval';

describe('include and exclude words', () => {
  const item = {
    title: 'Rail strike called for January',
    summary: 'Unions announce a walkout at the start of the year',
  };

  it('passes an item that mentions an include word in its title or summary', () => {
    expect(filterVerdict(item, { include: ['walkout'], exclude: [] })).toBeNull();
    expect(filterVerdict(item, { include: ['rail'], exclude: [] })).toBeNull();
  });

  it('refuses an item with no include word, and says which words were wanted', () => {
    expect(filterVerdict(item, { include: ['election', 'budget'], exclude: [] })).toBe(
      'none of the include words (election, budget) is in its title or summary',
    );
  });

  it('refuses an excluded word even when an include word matches, on whole words only', () => {
    expect(filterVerdict(item, { include: ['rail'], exclude: ['january'] })).toBe(
      'excluded by the word "january"',
    );
    expect(filterVerdict(item, { include: [], exclude: ['art'] })).toBeNull();
  });

  it('parses comma-separated words, lower-cased, blanks dropped', () => {
    expect(parseWordList(' Election, ,Budget Vote ')).toEqual(['election', 'budget vote']);
  });
});

describe('/brief follow arguments', () => {
  it('splits the URL from include: and exclude: words in either order', () => {
    expect(parseFollowArgs('https://a.test/rss include:rail,strike exclude:sport')).toEqual({
      url: 'https://a.test/rss',
      include: ['rail', 'strike'],
      exclude: ['sport'],
    });
    expect(parseFollowArgs('<https://a.test/rss> exclude: sport include: rail')).toEqual({
      url: 'https://a.test/rss',
      include: ['rail'],
      exclude: ['sport'],
    });
    expect(parseFollowArgs('include:rail').url).toBeNull();
  });

  it('gets the same text from Discord’s typed options', () => {
    const text = commandText([
      {
        name: 'follow',
        options: [
          { name: 'url', value: 'https://a.test/rss' },
          { name: 'include', value: 'rail,strike' },
          { name: 'exclude', value: 'sport' },
        ],
      },
    ]);
    expect(text).toBe('follow https://a.test/rss include:rail,strike exclude:sport');
    expect(parseFollowArgs(text.replace(/^follow /, '')).include).toEqual(['rail', 'strike']);
  });
});

describe('poll interval', () => {
  it('uses FEED_POLL_SECONDS stretched by at most 10 %', () => {
    expect(pollIntervalSeconds(900, {}, 0)).toBe(900);
    expect(pollIntervalSeconds(900, {}, 0.099)).toBe(989);
    expect(pollIntervalSeconds(900, {}, 5)).toBe(990);
  });

  it('polls less often when Retry-After, max-age or <ttl> ask for it, never more often', () => {
    expect(pollIntervalSeconds(900, { retryAfterSeconds: 3600 }, 0)).toBe(3600);
    expect(pollIntervalSeconds(900, { maxAgeSeconds: 1800 }, 0)).toBe(1800);
    expect(pollIntervalSeconds(900, { ttlMinutes: 60 }, 0)).toBe(3600);
    expect(pollIntervalSeconds(900, { maxAgeSeconds: 60, ttlMinutes: 1 }, 0)).toBe(900);
    expect(pollIntervalSeconds(900, { retryAfterSeconds: 10 ** 9 }, 0)).toBe(86_400);
  });

  it('gives each feed its own jitter below 10 %, the same on every worker', () => {
    const ids = ['00000000aa', 'ffffffffaa', '7fffffffaa', '12345678aa'];
    for (const id of ids) {
      expect(feedJitter(id)).toBeGreaterThanOrEqual(0);
      expect(feedJitter(id)).toBeLessThan(0.1);
    }
    expect(new Set(ids.map(feedJitter)).size).toBe(4);
  });

  it('reads Cache-Control max-age', () => {
    expect(parseMaxAge('public, max-age=600')).toBe(600);
    expect(parseMaxAge('no-cache')).toBeUndefined();
  });
});

describe('what feed text may show in chat', () => {
  it('strips markup and mention characters from untrusted titles', () => {
    expect(plainText('<b>@here</b> *big* `news` [x](y)')).toBe('b here /b big news x (y)');
  });

  it('lists the items over the limit in one compact message', () => {
    const items = Array.from({ length: 12 }, (_, n) => ({
      title: `Story ${n + 1}`,
      link: `https://a.test/${n + 1}`,
    }));
    const text = moreItemsText('City Desk', items, 10);
    expect(text.split('\n')[0]).toBe('…and 12 more from City Desk:');
    expect(text).toContain('• Story 1 https://a.test/1');
    expect(text).toContain('…and 2 more in the feed.');
  });
});
