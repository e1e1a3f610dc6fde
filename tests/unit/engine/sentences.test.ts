import { splitSentences } from '../../../src/engine/local/sentences';

describe('splitSentences', () => {
  it('keeps abbreviations such as Mr., Gen., U.S. and Jan. inside their sentence', () => {
    const text =
      'Mr. Okafor met Gen. Halvorsen at the U.S. embassy on Jan. 5. The two men spoke for an hour.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Mr. Okafor met Gen. Halvorsen at the U.S. embassy on Jan. 5.',
      'The two men spoke for an hour.',
    ]);
  });

  it('gives offsets that slice back to each sentence exactly', () => {
    const text =
      '  The council voted on Monday.   It will meet again in March.\n\nA spokesman said “We are ready.” Nothing else was said.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('ends a sentence after a closing curly quote', () => {
    const text = 'The minister said “We will not back down.” Protesters gathered outside.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The minister said “We will not back down.”',
      'Protesters gathered outside.',
    ]);
  });

  it('numbers paragraphs separated by blank lines and never joins two lines', () => {
    const text = 'Harbour workers walked out.\nThe port closed at noon\n\nTalks resume on Friday.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Harbour workers walked out.', 0],
      ['The port closed at noon', 0],
      ['Talks resume on Friday.', 1],
    ]);
  });

  it('keeps a middle initial inside the name', () => {
    expect(splitSentences('Senator Mary T. Alvarez voted against the bill.')).toHaveLength(1);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n  ')).toEqual([]);
  });
});
