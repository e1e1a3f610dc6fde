import { closeExtractionPool, extractArticle } from '../../../src/extraction/extract-article';
import { stripSiteFromTitle } from '../../../src/extraction/page-metadata';
import { dateInText } from '../../../src/extraction/publication-date';

afterAll(async () => {
  await closeExtractionPool();
});

const PROSE =
  '<p>The harbour board met on Monday to discuss the ferry timetable for the coming winter, which islanders say leaves them stranded on weekends.</p>' +
  '<p>Board members said a decision would follow a consultation with residents and the ferry operator later in the year.</p>';

function page(head: string, body = `<article>${PROSE}</article>`, htmlAttrs = ''): string {
  return `<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;
}

async function published(html: string, url?: string): Promise<string | undefined> {
  return (await extractArticle(html, url === undefined ? {} : { url })).published;
}

const jsonLd = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('the publication date', () => {
  it.each([
    [
      'JSON-LD datePublished inside @graph',
      page(
        jsonLd({
          '@graph': [
            { '@type': 'WebPage' },
            { '@type': 'NewsArticle', datePublished: '2021-12-31T23:30:00-05:00' },
          ],
        }),
      ),
      '2021-12-31',
    ],
    [
      'JSON-LD in an array with a list of types',
      page(jsonLd([{ '@type': ['Article', 'NewsArticle'], datePublished: '2020-02-29' }])),
      '2020-02-29',
    ],
    [
      'article:published_time',
      page('<meta property="article:published_time" content="2019-07-04T09:00:00Z">'),
      '2019-07-04',
    ],
    ['a DC.date.issued meta tag', page('<meta name="DC.date.issued" content="2018-03-05">'), '2018-03-05'],
    [
      'a parsely-pub-date meta tag',
      page('<meta name="parsely-pub-date" content="2017-11-20T12:00:00Z">'),
      '2017-11-20',
    ],
    [
      'a sailthru.date meta tag',
      page('<meta name="sailthru.date" content="2016-08-01 10:00:00">'),
      '2016-08-01',
    ],
    ['a compact date meta tag', page('<meta name="date" content="20150612">'), '2015-06-12'],
    [
      '<time datetime> in the article',
      page(
        '',
        `<aside><time datetime="2010-01-01">old</time></aside><article><time datetime="2014-05-06T08:00">May 6</time>${PROSE}</article>`,
      ),
      '2014-05-06',
    ],
  ])('is read from %s', async (_source, html, expected) => {
    expect(await published(html)).toBe(expected);
  });

  it('prefers JSON-LD over meta tags over <time> over the URL path', async () => {
    const all = page(
      `${jsonLd({ '@type': 'NewsArticle', datePublished: '2022-01-01' })}<meta property="article:published_time" content="2022-02-02">`,
      `<article><time datetime="2022-03-03">March 3</time>${PROSE}</article>`,
    );
    expect(await published(all, 'https://news.example/2022/04/04/story')).toBe('2022-01-01');
    const noJsonLd = page(
      '<meta property="article:published_time" content="2022-02-02">',
      `<article><time datetime="2022-03-03">x</time>${PROSE}</article>`,
    );
    expect(await published(noJsonLd, 'https://news.example/2022/04/04/story')).toBe('2022-02-02');
    expect(await published(page(''), 'https://news.example/2022/04/04/story')).toBe('2022-04-04');
  });

  it('falls back to a dateline at the top of the text', () => {
    expect(dateInText('WASHINGTON, Dec. 31, 2021 (Reuters) - The president spoke.')).toBe('2021-12-31');
    expect(dateInText('LONDON, 4 March 2025 — Ministers met.')).toBe('2025-03-04');
    expect(dateInText('Talks resume on Jan. 18 in Geneva.')).toBeUndefined();
  });
});

describe('the title, site, byline, language and canonical URL', () => {
  it('drops the site name from the title whichever side it is on', () => {
    expect(
      stripSiteFromTitle('Storm closes the coast road | The Harbour Tribune', 'The Harbour Tribune'),
    ).toBe('Storm closes the coast road');
    expect(stripSiteFromTitle('Storm closes the coast road - Harbour Tribune', 'The Harbour Tribune')).toBe(
      'Storm closes the coast road',
    );
    expect(stripSiteFromTitle('Valley Courier | Storm closes the coast road', 'Valley Courier')).toBe(
      'Storm closes the coast road',
    );
    expect(stripSiteFromTitle('Storm closes the coast road | Weather | News', undefined)).toBe(
      'Storm closes the coast road',
    );
    expect(stripSiteFromTitle('Biden - Putin call ends without a deal', undefined)).toBe(
      'Biden - Putin call ends without a deal',
    );
  });

  it('drops a wiki motto suffix and a trailing date along with the site name', () => {
    expect(
      stripSiteFromTitle('Wildfire forces evacuations - Wikinews, the free news source', 'en.wikinews.org'),
    ).toBe('Wildfire forces evacuations');
    expect(stripSiteFromTitle('Germany: Bundestag approves rail fund – DW – 06/26/2025', 'dw.com')).toBe(
      'Germany: Bundestag approves rail fund',
    );
  });

  it('reads them from meta tags, JSON-LD authors and the page URL', async () => {
    const html = page(
      `<title>Ferry fares rise | Northern Gazette</title><link rel="canonical" href="/travel/ferry-fares">${jsonLd({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { name: 'Tom Ridley' }] })}`,
      undefined,
      'lang="en-IE"',
    );
    const article = await extractArticle(html, {
      url: 'https://www.northerngazette.example/travel/ferry-fares?utm_source=x',
    });
    expect(article).toMatchObject({
      title: 'Ferry fares rise',
      site: 'northerngazette.example',
      byline: 'Ana Ruiz, Tom Ridley',
      lang: 'en-IE',
      url: 'https://www.northerngazette.example/travel/ferry-fares',
      health: { paywalled: false, consentWalled: false, tooShort: true },
    });
  });
});
