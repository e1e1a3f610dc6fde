import { briefKey, canonicalUrl } from '../../../src/intake/canonical-url';
import { IntakeError } from '../../../src/intake/intake-port';

describe('links to the same article', () => {
  const base = 'https://news.example.org/world/2025/03/04/harbour-tunnel';

  it.each([
    ['tracking parameters', `${base}?utm_source=newsletter&utm_medium=email&utm_campaign=am`],
    ['click ids', `${base}?fbclid=IwAR0abc&gclid=Cj0KCQ&msclkid=77`],
    ['a fragment', `${base}#comments`],
    ['upper-case scheme and host', 'HTTPS://NEWS.Example.ORG/world/2025/03/04/harbour-tunnel'],
    ['the default port', 'https://news.example.org:443/world/2025/03/04/harbour-tunnel'],
    ['a trailing slash', `${base}/`],
    ['credentials', 'https://reader:secret@news.example.org/world/2025/03/04/harbour-tunnel'],
  ])('share one key despite %s', (_what, variant) => {
    expect(canonicalUrl(variant)).toBe(base);
    expect(briefKey(canonicalUrl(variant))).toBe(briefKey(base));
  });

  it('keep query parameters that pick the article, in a stable order', () => {
    expect(canonicalUrl('https://example.com/story.php?page=2&id=118&utm_term=x')).toBe(
      'https://example.com/story.php?id=118&page=2',
    );
  });

  it('do not merge different articles or path case', () => {
    expect(briefKey(canonicalUrl('https://example.com/News/A'))).not.toBe(
      briefKey(canonicalUrl('https://example.com/news/a')),
    );
  });

  it('give a short hex key usable in job ids', () => {
    expect(briefKey(base)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('links briefbot refuses', () => {
  it.each(['ftp://example.com/file.txt', 'javascript:alert(1)', 'not a link', '', 'mailto:desk@example.com'])(
    'rejects %j as INVALID_URL',
    (raw) => {
      expect(() => canonicalUrl(raw)).toThrow(IntakeError);
      try {
        canonicalUrl(raw);
      } catch (err) {
        expect((err as IntakeError).code).toBe('INVALID_URL');
      }
    },
  );

  it('accepts a link wrapped in angle brackets the way Slack sends it', () => {
    expect(canonicalUrl('<https://example.com/a>')).toBe('https://example.com/a');
  });
});
