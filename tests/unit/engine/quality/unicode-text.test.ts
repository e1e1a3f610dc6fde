import { findDateline } from '../../../../src/engine/local/dates/dateline';
import { placeNear } from '../../../../src/engine/local/dates/place';
import { splitSentences } from '../../../../src/engine/local/sentences';

const place = (sentence: string, date: string): string | null => {
  const at = sentence.indexOf(date);
  return placeNear(sentence, at, at + date.length);
};

describe('text with letters beyond ASCII', () => {
  it('keeps place names whole', () => {
    expect(place('The delegates will meet on May 12 in Belém to draft the accord.', 'May 12')).toBe('Belém');
    expect(place('The hearing opens on June 3 in Zürich.', 'June 3')).toBe('Zürich');
    expect(place('A march is planned for Saturday in Łódź.', 'Saturday')).toBe('Łódź');
    expect(place('Ministers gather on 4 July in São Paulo for the trade forum.', '4 July')).toBe('São Paulo');
  });

  it('reads a wire dateline whose city has accents', () => {
    expect(findDateline('SÃO PAULO, March 3, 2024 (Reuters) - Brazil’s central bank held rates.')).toBe(
      '2024-03-03',
    );
  });

  it('keeps an initial with a non-ASCII letter inside the sentence', () => {
    const sentences = splitSentences('The prize went to Ł. Nowak of Gdańsk. The jury met on Friday.');
    expect(sentences.map((s) => s.text)).toEqual([
      'The prize went to Ł. Nowak of Gdańsk.',
      'The jury met on Friday.',
    ]);
  });
});
