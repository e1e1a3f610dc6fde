import {
  DEPARTMENT_WORDS,
  HONORIFICS,
  NEVER_NAME_WORDS,
  ROLE_CONNECTORS,
  ROLE_MODIFIERS,
  TITLE_WORDS,
} from './name-lexicon';
import { isCapitalised, joinedBySpace, type Term } from './tagged-terms';

const MAX_ROLE_WORDS = 8;

/** True for a word that can be part of a role: a title, a qualifier, a portfolio, a nationality. */
export function isRoleWord(term: Term): boolean {
  return (
    TITLE_WORDS.has(term.lower) ||
    ROLE_MODIFIERS.has(term.lower) ||
    DEPARTMENT_WORDS.has(term.lower) ||
    term.tags.has('Demonym')
  );
}

function hasTitle(words: readonly string[]): boolean {
  return words.some((word) =>
    word
      .toLowerCase()
      .split('-')
      .some((part) => TITLE_WORDS.has(part)),
  );
}

/**
 * The role written right before a name ("Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman",
 * "US Deputy Secretary of State Wendy Sherman" → "US Deputy Secretary of State").
 * `first` is the index of the name's first word. Returns undefined when no title word is found.
 */
export function roleBefore(terms: readonly Term[], first: number, text: string): string | undefined {
  let start = first;
  for (let i = first - 1; i >= 0 && first - i <= MAX_ROLE_WORDS; i--) {
    const term = terms[i]!;
    if (!joinedBySpace(term) || term.sentence !== terms[first]!.sentence) break;
    // "union leader", "opposition chief": one plain noun right before a title belongs to the role.
    const nounBeforeTitle =
      term.tags.has('Noun') &&
      !term.tags.has('Pronoun') &&
      TITLE_WORDS.has(terms[i + 1]!.lower) &&
      i + 1 < first;
    const accepted =
      nounBeforeTitle ||
      isRoleWord(term) ||
      ROLE_CONNECTORS.has(term.lower) ||
      (isCapitalised(term.text) &&
        !NEVER_NAME_WORDS.has(term.lower) &&
        !HONORIFICS.has(term.lower.replace(/\.$/, '')));
    if (!accepted) break;
    start = i;
  }
  while (start < first && (ROLE_CONNECTORS.has(terms[start]!.lower) || terms[start]!.lower === 'and'))
    start++;
  if (start >= first) return undefined;
  const words = terms.slice(start, first).map((term) => term.text);
  if (!hasTitle(words)) return undefined;
  return text.slice(terms[start]!.start, terms[first - 1]!.end).replace(/\s+/g, ' ');
}

// A determiner, or an owner's possessive ("Harlow's chief financial officer, Priya Raman").
const DETERMINER =
  /\b(?:the|The|his|her|its|their|His|Her|Its|Their)\s+|(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}.&-]*['’]s\s+/gu;

/** Characters that end an apposition on its left. */
const APPOSITION_EDGES = new Set([',', ';', ':', '.', '\n', '“', '”', '"']);

/**
 * The phrase between the last clause edge and a comma that ends `before` (spaces after it allowed), as
 * `/([^,;:.\n“”"]+),\s*$/` would capture it, in one backward scan instead of that pattern's retries at
 * every start (quadratic in the text before a name).
 */
function phraseBeforeComma(before: string): string | undefined {
  const comma = before.lastIndexOf(',');
  if (comma <= 0 || !/^\s*$/.test(before.slice(comma + 1))) return undefined;
  let start = comma;
  while (start > 0 && !APPOSITION_EDGES.has(before[start - 1]!)) start--;
  return start < comma ? before.slice(start, comma) : undefined;
}

/**
 * A role given as an apposition before the name: "the head of American diplomacy, Antony Blinken"
 * → "head of American diplomacy"; "her Russian counterpart, Sergei Riabkov" → "Russian counterpart".
 */
export function appositiveRoleBefore(text: string, nameStart: number): string | undefined {
  const before = text.slice(Math.max(0, nameStart - 160), nameStart);
  const phrase = phraseBeforeComma(before);
  if (phrase === undefined) return undefined;
  for (const det of phrase.matchAll(DETERMINER)) {
    const role = phrase.slice(det.index + det[0].length).trim();
    const words = role.split(/\s+/);
    if (words.length > 0 && words.length <= MAX_ROLE_WORDS + 2 && hasTitle(words)) return role;
  }
  return undefined;
}

/**
 * A role given as an apposition after the name: "Sebastian Vladescu, head of the State Property Agency (AVAS),"
 * → "head of the State Property Agency (AVAS)". Only phrases that start with a title count.
 */
export function appositiveRoleAfter(text: string, nameEnd: number): string | undefined {
  const after = text.slice(nameEnd, nameEnd + 160);
  const match =
    /^,\s+((?:the |a |an )?([\p{L}-]+)(?: ([\p{L}-]+))?[^,;:.\n“”"]{0,100}?)\s*(?=[,;:.\n]|$)/u.exec(after);
  if (!match) return undefined;
  const firstWord = match[2]!.toLowerCase();
  const secondWord = (match[3] ?? '').toLowerCase();
  const opens = TITLE_WORDS.has(firstWord) || (ROLE_MODIFIERS.has(firstWord) && TITLE_WORDS.has(secondWord));
  if (!opens) return undefined;
  const role = match[1]!.replace(/^(the|a|an) /, '').trim();
  return role.split(/\s+/).length <= MAX_ROLE_WORDS + 4 ? role : undefined;
}
