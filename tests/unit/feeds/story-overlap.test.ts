import { SAME_STORY_OVERLAP, shingleOverlap, shingles } from '../../../src/feeds/story-index';

const words = (seed: number, n: number) =>
  Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 10007}`).join(' ');

describe('story shingles', () => {
  const article = words(1, 300);

  it('calls a copy with other markup, case and spacing the same story', () => {
    const copy = `  ${article.toUpperCase().replace(/ /g, ',  ')}  `;
    expect(shingleOverlap(shingles(article), shingles(copy))).toBe(1);
  });

  it('calls a copy with a paragraph added the same story (the smaller is contained)', () => {
    expect(shingleOverlap(shingles(article), shingles(`${article} ${words(2, 60)}`))).toBeGreaterThanOrEqual(
      SAME_STORY_OVERLAP,
    );
  });

  it('does not call a rewrite of a third of the text the same story', () => {
    const parts = article.split(' ');
    const rewritten = [...parts.slice(0, 200), ...words(3, 100).split(' ')].join(' ');
    expect(shingleOverlap(shingles(article), shingles(rewritten))).toBeLessThan(SAME_STORY_OVERLAP);
  });

  it('never matches texts too short to judge, nor different articles', () => {
    expect(shingleOverlap(shingles('Short note.'), shingles('Short note.'))).toBe(0);
    expect(shingleOverlap(shingles(article), shingles(words(9, 300)))).toBeLessThan(0.05);
  });
});
