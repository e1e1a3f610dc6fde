import { closeExtractionPool, extractArticle } from '../../../src/extraction/extract-article';

afterAll(async () => {
  await closeExtractionPool();
});

const story = [
  'The regional council voted on Monday to keep the night bus running for another two years, after a petition signed by more than 6,000 residents.',
  'Councillors said the service would be reviewed again in the spring of 2027, once a new contract with the operator has been signed.',
];

function wikiPage(extra: string): string {
  return `<html lang="en"><head><title>Night bus saved - Wikinews, the free news source</title></head><body>
<div id="mw-content-text"><div class="mw-parser-output">
<div class="infobox"><div>Related news</div><ul><li><a href="/wiki/A">Bus fares rise</a></li></ul></div>
<p><strong class="published">Monday, March 2, 2026</strong></p>
${story.map((p) => `<p>${p}</p>`).join('\n')}
${extra}
<div class="mw-heading mw-heading2"><h2 id="Sources">Sources</h2><span class="mw-editsection">[<a href="#">edit</a>]</span></div>
<ul><li><a class="external text" href="https://example.com/a">"Night bus to run until 2028"</a> — <i>Evening Post</i>, March 2, 2026</li></ul>
</div></div>
<div id="catlinks" class="catlinks">Categories: <ul><li>March 2, 2026</li><li>Transport</li></ul></div>
<div id="footer"><ul><li id="footer-info-lastmod">This page was last edited on 3 March 2026, at 10:02.</li></ul></div>
</body></html>`;
}

describe('a Wikinews article page', () => {
  it('starts with its dateline, takes its date from it, and leaves out the boxes, sources and footer', async () => {
    const article = await extractArticle(wikiPage(''), {
      url: 'https://en.wikinews.org/wiki/Night_bus_saved',
    });
    expect(article.text).toBe(['Monday, March 2, 2026', ...story].join('\n\n'));
    expect(article.published).toBe('2026-03-02');
    expect(article.title).toBe('Night bus saved');
  });

  it('drops image captions and the first-hand journalism banner', async () => {
    const extra = `<div class="thumb tright"><div class="thumbinner"><img src="bus.jpg"><div class="thumbcaption">A night bus in the city centre.</div></div></div>
<table class="metadata plainlinks ambox ambox-notice"><tr><td class="mbox-text">This article features first-hand journalism by Wikinews members.</td></tr></table>`;
    const article = await extractArticle(wikiPage(extra), {
      url: 'https://en.wikinews.org/wiki/Night_bus_saved',
    });
    expect(article.text).toBe(['Monday, March 2, 2026', ...story].join('\n\n'));
  });
});

describe('a page saved from a browser translator', () => {
  it('keeps the translated headline rather than the original-language og:title', async () => {
    const font = (s: string): string =>
      `<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">${s}</font></font>`;
    const html = `<html lang="fr" class="translated-ltr"><head><title>${font('The night bus is saved')}</title>
<meta property="og:title" content="Le bus de nuit est sauvé"></head><body>
<h1>${font('The night bus is saved for two more years')}</h1>
<article>${story.map((p) => `<p>${font(p)}</p>`).join('\n')}
<section class="catcher"><span>${font('Read also')}</span> <a href="/a">${font('Article reserved for our subscribers')} ${font('Fares: what changes in April')}</a></section>
</article></body></html>`;
    const article = await extractArticle(html, { url: 'https://www.journal.example/bus-de-nuit' });
    expect(article.title).toBe('The night bus is saved for two more years');
    expect(article.text).toBe(story.join('\n\n'));
  });
});
