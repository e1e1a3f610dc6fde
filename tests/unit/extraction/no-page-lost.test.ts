import { closeExtractionPool, extractArticle } from '../../../src/extraction/extract-article';

afterAll(async () => {
  await closeExtractionPool();
});

const SENTENCES = [
  'The county council voted on Tuesday to keep the old library open for another five years.',
  'Residents had collected more than four thousand signatures against the closure since the spring.',
  'The building needs a new roof, and the council will ask the state for half of the cost.',
  'Volunteers will run the reading room on Saturdays while the repairs go ahead.',
  'A final plan for the building is due before the council’s budget meeting in the autumn.',
];
const paragraphs = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) => `<p>${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i + 2) % SENTENCES.length]}</p>`,
  ).join('');

describe('no page is lost by extraction', () => {
  it('reads an ASP.NET page whose whole body sits in one <form>', async () => {
    const html =
      '<!doctype html><html><head><title>Library stays open</title></head><body>' +
      '<form method="post" action="./story.aspx?id=12" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="abc">' +
      '<div class="top"><a href="/">Home</a> <a href="/news">News</a></div>' +
      `<div id="ctl00_content"><h1>Library stays open</h1>${paragraphs(6)}</div>` +
      '<div class="bottom">© County Gazette</div></form></body></html>';
    const article = await extractArticle(html);
    expect(article.text).toContain('keep the old library open');
    expect(article.text).toContain('budget meeting in the autumn');
  });

  it('keeps a long article about cookies, which is not a consent banner', async () => {
    const cookieParagraphs = [
      '<p>Regulators say websites must ask for your consent before they track readers across other sites, and many still do not.</p>',
      '<p>Cookies are small files a browser keeps for a site; the ones that follow a reader from site to site are what the new rules are about.</p>',
    ].join('');
    // The story comes in two blocks; the first (5,000+ characters) speaks of cookies and consent.
    const body = `<div class="part">${cookieParagraphs}${paragraphs(30)}</div><div class="part">${paragraphs(30)}</div>`;
    const html = `<!doctype html><html><head><title>Cookie rules tighten</title></head><body><main><h1>Cookie rules tighten</h1>${body}</main></body></html>`;
    const article = await extractArticle(html);
    expect(article.text.length).toBeGreaterThan(10000);
    expect(article.text).toContain('Cookies are small files');
  });

  it('falls back to Readability on the raw page when cleanup leaves nothing', async () => {
    // The story sits in an open <dialog>, which cleanup treats as a pop-up.
    const html = `<!doctype html><html><head><title>Library stays open</title></head><body><dialog open><h1>Library stays open</h1>${paragraphs(6)}</dialog></body></html>`;
    const article = await extractArticle(html);
    expect(article.text).toContain('keep the old library open');
  });
});
