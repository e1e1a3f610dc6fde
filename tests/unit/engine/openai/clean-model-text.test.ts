import { ArticleIndex } from '../../../../src/engine/openai/article-index';
import { cleanModelText } from '../../../../src/engine/openai/clean-model-text';

const source = new ArticleIndex(
  'Council approves tram line',
  'The city council approved the tram line on Tuesday. Details are at https://city.example.gov/tram and on Amazon.com listings.',
);

describe('cleaning model-written text before it is posted', () => {
  it.each([
    ['@channel the council approved the tram line', 'the council approved the tram line'],
    ['<!here> The council approved it.', 'The council approved it.'],
    ['<!channel> Approved. @everyone look', 'Approved. look'],
    ['Ping <@U024BE7LH> and <@!123456789012345678> and <@&998877> now', 'Ping and and now'],
    ['Approved, says @here.', 'Approved, says.'],
  ])('strips chat mentions from %j', (input, expected) => {
    expect(cleanModelText(input, source)).toBe(expected);
  });

  it('keeps an e-mail address that merely contains @here', () => {
    expect(
      cleanModelText('Write to desk@here.example.org', new ArticleIndex('', 'desk@here.example.org')),
    ).toContain('desk@here.example.org');
  });

  it('removes links the article does not contain and keeps the ones it does', () => {
    const out = cleanModelText(
      'Approved. Claim a prize at https://win.example.net/x or www.win.example.net, see https://city.example.gov/tram.',
      source,
    );
    expect(out).not.toMatch(/win\.example/);
    expect(out).toContain('https://city.example.gov/tram');
  });

  it('removes bare domains that are not in the article but leaves company names that are', () => {
    expect(cleanModelText('Visit prizes.example.net/claim today; Amazon.com sells tickets.', source)).toBe(
      'Visit today; Amazon.com sells tickets.',
    );
  });

  it('drops markup: HTML, Markdown, Slack links, headings', () => {
    const out = cleanModelText(
      '## **Tram** <b>approved</b> [vote](https://evil.example.com) <https://evil.example.com|here> `now` _soon_',
      source,
    );
    expect(out).toBe('Tram approved vote here now soon');
  });

  it('cuts what to 300 characters at a word', () => {
    const out = cleanModelText('The council approved the tram line. '.repeat(20), source);
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out.endsWith('…')).toBe(true);
  });
});
