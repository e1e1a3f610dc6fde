import { nativeLexicon } from './native-languages';

/**
 * True when a sentence piece that ends in a period goes on in the next piece, in French, German or Spanish:
 * an ordinal before a month or a lower-case word ("am 10. Dezember", "der 3. Platz"), or an abbreviation of
 * the language ("bzw.", "M.", "Sr.", "z. B."). English abbreviations are the sentence splitter's own.
 */
export function nativeSentenceGoesOn(lang: string | undefined, piece: string, next: string): boolean {
  const lexicon = nativeLexicon(lang);
  if (!lexicon) return false;
  const following = /^\s*([\p{L}\d]+)/u.exec(next)?.[1] ?? '';
  if (/(?<![\d.])\d{1,2}\.\s*$/u.test(piece)) {
    return lexicon.months[following.toLowerCase()] !== undefined || /^[\p{Ll}\d]/u.test(following);
  }
  const word = /(?<![\p{L}])(\p{L}+)\.\s*$/u.exec(piece)?.[1];
  return word !== undefined && lexicon.abbreviations.has(word.toLowerCase()) && following !== '';
}
