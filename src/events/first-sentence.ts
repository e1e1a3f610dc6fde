/**
 * Words that end with a period without ending the sentence: "7 a.m.", "Mr.", "U.S.", "Jan.".
 * Compared lower-case, without the final period.
 */
const abbreviations = new Set([
  'a.m',
  'p.m',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gov',
  'sen',
  'rep',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'st',
  'mt',
  'jr',
  'sr',
  'no',
  'nos',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'inc',
  'corp',
  'ltd',
  'co',
  'bros',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'dept',
  'fig',
  'vol',
  'pp',
  'ave',
  'blvd',
  'rd',
]);

/**
 * The first sentence of `text`. A period ends it only before a space and a capital (or a quote) and
 * after a word that is not an abbreviation or an initial, so "The vote is at 7 a.m. Monday" stays whole.
 */
export function firstSentence(text: string): string {
  const t = text.trim();
  const end = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
  for (let m = end.exec(t); m !== null; m = end.exec(t)) {
    if (t[m.index] !== '.') return t.slice(0, m.index + m[0].length);
    const word = /(\S+)$/.exec(t.slice(0, m.index))?.[1] ?? '';
    const bare = word.replace(/^["“‘(]+/, '').toLowerCase();
    if (abbreviations.has(bare) || /^[a-z]$/i.test(bare) || /^([a-z]\.)+[a-z]$/i.test(bare)) continue;
    return t.slice(0, m.index + m[0].length);
  }
  return t;
}
