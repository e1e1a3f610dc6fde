import { closeExtractionPool, extractArticle } from '../../../src/extraction/extract-article';

afterAll(async () => {
  await closeExtractionPool();
});

const STORY = [
  'The harbour board agreed on Monday to dredge the east channel before the ferry season begins.',
  'Fishing crews had warned for two years that the channel was silting up faster than expected.',
  'The work will cost about four million and will be paid for from the port’s own reserves.',
  'Dredgers are due to arrive in the first week of March and should finish within six weeks.',
  'The board also promised a study of the sandbanks that shift with every winter storm.',
  'Local sailing clubs said they would move their regattas to the west basin while the work goes on.',
];

function page(extra: string): string {
  const body = STORY.map((s, i) => `<p>${s} ${STORY[(i + 3) % STORY.length]}</p>`).join('');
  return `<!doctype html><html><head><title>Harbour channel to be dredged</title></head><body><main><article><h1>Harbour channel to be dredged</h1><div class="story-body">${body.slice(0, body.length / 2)}${extra}${body.slice(body.length / 2)}</div></article></main></body></html>`;
}

const text = async (extra: string): Promise<string> => (await extractArticle(page(extra))).text;

describe('boilerplate inside the article body', () => {
  it('drops a caption whose class is written in camelCase ("newsCaption")', async () => {
    const got = await text(
      '<div><img src="/a.jpg" alt=""><span class="newsCaption">Dredgers at work in a harbour last year</span></div>',
    );
    expect(got).toContain('dredge the east channel');
    expect(got).not.toContain('Dredgers at work in a harbour last year');
  });

  it('drops a date line marked with a "date" class, even when it sits beside the agency name', async () => {
    const got = await text(
      '<div class="meta">The Associated Press <span class="date">Published Monday, November 18, 2019 8:22AM EST</span></div>',
    );
    expect(got).not.toContain('Published Monday');
    expect(got).toContain('sandbanks that shift');
  });

  it('drops a bold "DON\'T MISS" line and the links listed under it', async () => {
    const got = await text(
      '<p><strong>DON\'T MISS</strong></p><p><a href="/x">Storm closes coastal road again</a> [<strong>INSIGHT]</strong><br><a href="/y">Ferry fares to rise in spring</a> [<strong>VIDEO]</strong></p>',
    );
    expect(got).not.toMatch(/DON'T MISS|Storm closes coastal road|Ferry fares to rise/);
    expect(got).toContain('west basin');
  });

  it('keeps a bold line that is a section of the story', async () => {
    const got = await text('<p><strong>What happens next</strong></p>');
    expect(got).toContain('What happens next');
  });

  it('drops "Advert" labels and "This slideshow requires JavaScript."', async () => {
    const got = await text('<p>Advert</p><p>This slideshow requires JavaScript.</p>');
    expect(got).not.toMatch(/Advert\b|requires JavaScript/);
    expect(got).toContain('regattas');
  });
});
