import { closeExtractionPool, extractArticle } from '../../../src/extraction/extract-article';

afterAll(async () => {
  await closeExtractionPool();
});

const paragraphs = [
  'The harbour authority said on Monday that the old ferry terminal would be demolished next year to make room for a flood barrier, ending months of argument over its future.',
  'Read the fine print of the plan, however, and the barrier itself will not be finished before 2029, two years later than the council had promised residents in the spring.',
  '"No," she said.',
  'The authority will publish the full design in the autumn and hold a public consultation before any work begins on the site, its chair told a meeting of the port committee.',
];

it('keeps short quotes, one-line subheads and sentences that start with "Read"', async () => {
  const html = `<html><head><title>Ferry terminal to go</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Ferry terminal to go</h1>
<p>${paragraphs[0]}</p><p>${paragraphs[1]}</p><h2>Residents object</h2><p>${paragraphs[2]}</p>
<blockquote class="twitter-tweet"><p lang="en">The terminal is part of this town's history and deserves better than a bulldozer. <a href="https://t.co/a">pic.twitter.com/a</a></p>&mdash; Save Our Terminal (@saveterminal) <a href="https://twitter.com/x/status/1">May 2, 2024</a></blockquote>
<p>${paragraphs[3]}</p></article><footer>© 2024 Port News</footer></body></html>`;
  const article = await extractArticle(html);
  expect(article.text).toBe(
    [
      paragraphs[0],
      paragraphs[1],
      'Residents object',
      paragraphs[2],
      "The terminal is part of this town's history and deserves better than a bulldozer.",
      paragraphs[3],
    ].join('\n\n'),
  );
});

it('finds the article under an overlay that hides the page from Readability', async () => {
  const html = `<html><head><title>Town hall to be rebuilt</title></head><body>
<div class="subscribe-modal" role="dialog"><p>Subscribe to continue reading. Already a subscriber? Log in.</p></div>
<div id="page" aria-hidden="true"><article><h1>Town hall to be rebuilt</h1>
<p>${paragraphs[0]}</p><p>${paragraphs[3]}</p></article></div></body></html>`;
  const article = await extractArticle(html);
  expect(article.text).toBe(`${paragraphs[0]}\n\n${paragraphs[3]}`);
});
