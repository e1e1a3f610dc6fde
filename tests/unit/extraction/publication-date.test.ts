import { datesInText } from '../../../src/extraction/date-forms';
import { closeExtractionPool, extractArticle } from '../../../src/extraction/extract-article';

afterAll(async () => {
  await closeExtractionPool();
});

const FETCHED = new Date('2026-12-01T08:00:00Z');

const STORY =
  '<p>The harbour board met on Monday to discuss the ferry timetable for the coming winter, which islanders say leaves them stranded on weekends.</p>' +
  '<p>Board members said a decision would follow a consultation with residents and the ferry operator later in the year, after the spring review.</p>' +
  '<p>The operator said it would add a late boat on Fridays if the numbers justified it, and that crews had already been asked about the change.</p>';

interface PageParts {
  head?: string;
  header?: string;
  body?: string;
  bodyAttrs?: string;
  lang?: string;
}

/** A small news page: head, then an article with a header (headline and whatever the test puts under it) and the story. */
function page({ head = '', header = '', body, bodyAttrs = '', lang = 'en' }: PageParts): string {
  const main =
    body ?? `<article><header><h1>Ferry timetable under review</h1>${header}</header>${STORY}</article>`;
  return `<!doctype html><html lang="${lang}"><head><title>Ferry timetable under review</title>${head}</head><body ${bodyAttrs}>${main}</body></html>`;
}

async function published(html: string, url?: string): Promise<string | undefined> {
  const options = url === undefined ? { fetchedAt: FETCHED } : { url, fetchedAt: FETCHED };
  return (await extractArticle(html, options)).published;
}

const jsonLd = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('the publication date from metadata', () => {
  it.each([
    [
      'a ReportageNewsArticle inside @graph',
      jsonLd({
        '@graph': [
          { '@type': 'Organization', name: 'Harbour Herald' },
          { '@type': 'ReportageNewsArticle', datePublished: '2019-11-19T18:00:00+01:00' },
        ],
      }),
    ],
    [
      'an AnalysisNewsArticle in an array',
      jsonLd([{ '@type': 'AnalysisNewsArticle', datePublished: '2019-11-19' }]),
    ],
    ['a WebPage node', jsonLd({ '@type': 'WebPage', datePublished: '2019-11-19T09:00:00+01:00' })],
    [
      'a OpinionNewsArticle node',
      jsonLd({ '@type': 'OpinionNewsArticle', datePublished: '2019-11-19T09:00:00+01:00' }),
    ],
    [
      'a BackgroundNewsArticle node',
      jsonLd({ '@type': 'BackgroundNewsArticle', datePublished: '2019-11-19T09:00:00+01:00' }),
    ],
    [
      'a ReviewNewsArticle node',
      jsonLd({ '@type': 'ReviewNewsArticle', datePublished: '2019-11-19T09:00:00+01:00' }),
    ],
    ['a Article node', jsonLd({ '@type': 'Article', datePublished: '2019-11-19T09:00:00+01:00' })],
    ['a BlogPosting node', jsonLd({ '@type': 'BlogPosting', datePublished: '2019-11-19T09:00:00+01:00' })],
    [
      'a LiveBlogPosting node',
      jsonLd({ '@type': 'LiveBlogPosting', datePublished: '2019-11-19T09:00:00+01:00' }),
    ],
    ['a Report node', jsonLd({ '@type': 'Report', datePublished: '2019-11-19T09:00:00+01:00' })],
    [
      'a schema.org URL as the type',
      jsonLd({ '@type': 'https://schema.org/NewsArticle', datePublished: '2019-11-19' }),
    ],
    [
      'a JSON-LD block with a raw newline in a string',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry\ntimetable","datePublished":"2019-11-19T10:00:00+01:00"}</script>',
    ],
    [
      'og article:published_time with an offset',
      '<meta property="article:published_time" content="2019-11-19T23:10:00-05:00">',
    ],
    ['a Dublin Core date', '<meta name="dcterms.date" content="2019-11-19">'],
    ['a site-specific meta name with a slashed date', '<meta name="sw-pubdate" content="2019/11/19">'],
    ['a compact stamp with a time', '<meta name="bt:pubDate" content="20191119T10:38:07+01:00">'],
  ])('reads %s', async (_name, head) => {
    await expect(published(page({ head }))).resolves.toBe('2019-11-19');
  });

  it('reads microdata: <abbr itemprop="datePublished" title="…">', async () => {
    const header = '<abbr itemprop="datePublished" title="2011-03-30T21:05:00-07:00">9:05 PM</abbr>';
    await expect(published(page({ header }))).resolves.toBe('2011-03-30');
  });

  it('prefers the article node over an embedded video’s upload date', async () => {
    const head = jsonLd([
      { '@type': 'VideoObject', datePublished: '2018-01-02' },
      { '@type': 'NewsArticle', datePublished: '2019-11-19' },
    ]);
    await expect(published(page({ head }))).resolves.toBe('2019-11-19');
  });
});

describe('the UTC next-day trap', () => {
  const lateStamp = '<meta property="article:published_time" content="2019-11-20T02:10:00Z">';

  it('takes the local day of the byline over an evening story stamped with the next day in UTC', async () => {
    const header = '<p class="byline">By Ann Lee, November 19, 2019</p>';
    await expect(published(page({ head: lateStamp, header }))).resolves.toBe('2019-11-19');
  });

  it('takes the day in the URL path over the UTC day', async () => {
    await expect(
      published(page({ head: lateStamp }), 'https://herald.example/2019/11/19/ferry-timetable/'),
    ).resolves.toBe('2019-11-19');
  });

  it('moves a UTC stamp to the offset the page states elsewhere', async () => {
    const head = `${lateStamp}<meta property="article:modified_time" content="2019-11-19T22:00:00-05:00">`;
    await expect(published(page({ head }))).resolves.toBe('2019-11-19');
  });

  it('keeps the UTC day when the clock time cannot be the evening before anywhere', async () => {
    const head = '<meta property="article:published_time" content="2019-11-20T14:30:00Z">';
    const header = '<p class="byline">By Ann Lee, November 19, 2019</p>';
    await expect(published(page({ head, header }))).resolves.toBe('2019-11-20');
  });

  it('keeps a stamp with a stated offset as written', async () => {
    const head = '<meta property="article:published_time" content="2019-11-20T00:30:00+01:00">';
    const header = '<p class="byline">By Ann Lee, November 19, 2019</p>';
    await expect(published(page({ head, header }))).resolves.toBe('2019-11-20');
  });
});

describe('placeholder dates', () => {
  it.each([
    ['0001-01-01', '0001-01-01T00:00:00Z'],
    ['the epoch', '1970-01-01T00:00:00Z'],
    ['a day after the fetch', '2027-03-01T10:00:00+01:00'],
  ])('ignores %s and reads the date the page shows', async (_name, stamp) => {
    const head = `<meta property="article:published_time" content="${stamp}">`;
    const header = '<p class="date">19 November 2019</p>';
    await expect(published(page({ head, header }))).resolves.toBe('2019-11-19');
  });
});

describe('a date in the URL', () => {
  it('reads /YYYY/MM/DD/ from the page URL when the page has no metadata', async () => {
    await expect(published(page({}), 'https://herald.example/news/2019/11/19/ferry/')).resolves.toBe(
      '2019-11-19',
    );
  });

  it('reads a compact /YYYYMMDD/ segment of a saved page’s canonical link', async () => {
    const head = '<link rel="canonical" href="https://herald.example/news/20191119/ferry-timetable">';
    await expect(published(page({ head }))).resolves.toBe('2019-11-19');
  });
});

describe('dates a reader sees', () => {
  it.each([
    ['an unlabelled byline', 'en', '<p>By Ann Lee Tuesday, November 19, 2019</p>', '2019-11-19'],
    ['a German date', 'de', '<p class="meta">Von Anna Lehmann, 19. Juli 2014, 14:45 Uhr</p>', '2014-07-19'],
    ['a German numeric date', 'de', '<div class="info">19.11.2019 09:54</div>', '2019-11-19'],
    ['a French date', 'fr', '<p>Par Anne Leroy, publié le 3 juin 2019</p>', '2019-06-03'],
    ['a French premier', 'fr', '<span class="date">1er juin 2019</span>', '2019-06-01'],
    ['a Spanish date', 'es', '<p>Por Ana López | 3 de junio de 2019</p>', '2019-06-03'],
    ['a day-first slashed date on a French page', 'fr', '<span class="date">03/04/2019</span>', '2019-04-03'],
    [
      'a month-first slashed date on a US page',
      'en-US',
      '<span class="date">03/04/2019</span>',
      '2019-03-04',
    ],
    [
      'an unambiguous slashed date whatever the language',
      'en-US',
      '<span class="date">19/11/2019</span>',
      '2019-11-19',
    ],
  ])('reads %s', async (_name, lang, header, day) => {
    await expect(published(page({ header, lang }))).resolves.toBe(day);
  });

  it('reads a <time> in a page whose body class says has-sidebar', async () => {
    const html = page({
      bodyAttrs: 'class="post has-sidebar right-sidebar"',
      header: '<time datetime="2019-11-19T08:00:00+01:00">Tuesday</time>',
    });
    await expect(published(html)).resolves.toBe('2019-11-19');
  });

  it('does not take the date of a sidebar’s news feed over the article’s own', async () => {
    const body =
      '<aside><h3>Latest</h3><time datetime="2026-11-30T08:00:00Z">Yesterday</time></aside>' +
      `<article><h1>Ferry timetable under review</h1><time datetime="2019-11-19T08:00:00+01:00">19 November 2019</time>${STORY}</article>`;
    await expect(published(page({ body }))).resolves.toBe('2019-11-19');
  });

  it('reads a date at the foot of a blog post when nothing else dates the page', async () => {
    const body = `<div class="post"><h2>Ferry timetable under review</h2>${STORY}<div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 geschrieben.</div></div>`;
    await expect(published(page({ body, lang: 'de' }))).resolves.toBe('2015-12-14');
  });

  it('finds no date on a page that names none', async () => {
    await expect(published(page({}))).resolves.toBeUndefined();
  });
});

describe('datesInText', () => {
  it('finds every full date in order and skips dates without a year', async () => {
    const text =
      'Am 3. März sprach sie; am 19.11.2019 und am 4. Dezember 2020 folgte der Rest, dann 2021-01-05.';
    expect(datesInText(text, 'de').map((d) => d.day)).toEqual(['2019-11-19', '2020-12-04', '2021-01-05']);
  });
});
