import { editDistance, foldName } from '../people/merge-people';

/** How names found for one body are told to be the same: spellings, prefixes, acronyms, nationality. */

/** "Self-Defence Forces" and "Self-Defense Forces" are one body: long names one letter apart share an entry. */
export function nearKey(keys: ReadonlyMap<string, string>, key: string): string | undefined {
  if (key.length < 8) return undefined;
  for (const [known, entry] of keys) if (known.length >= 8 && editDistance(known, key, 1) <= 1) return entry;
  return undefined;
}

const NATIONALITY = /(?:an|ese|ish|ian|ean|ch|i)$/;

/**
 * "Japanese Self-Defense Forces" and "Self-Defence Forces", "Brazilian Congress" and "Congress": names
 * that differ by a leading nationality name the same body.
 */
export function qualifiedKey(keys: ReadonlyMap<string, string>, key: string): string | undefined {
  const dropFirst = (k: string): string | undefined => {
    const [first, ...rest] = k.split(' ');
    return rest.length > 0 && NATIONALITY.test(first!) ? rest.join(' ') : undefined;
  };
  const same = (a: string, b: string): boolean => a === b || (a.length >= 8 && editDistance(a, b, 1) <= 1);
  const shorter = dropFirst(key);
  for (const [known, entry] of keys) {
    if (shorter !== undefined && same(shorter, known)) return entry;
    const knownShorter = dropFirst(known);
    if (knownShorter !== undefined && same(knownShorter, key)) return entry;
  }
  return undefined;
}

/** "EU" for "European Union": an acronym made of the initials of a longer name already found. */
export function initialsKey(keys: ReadonlyMap<string, string>, name: string): string | undefined {
  const initials = (long: string): string =>
    long
      .split(' ')
      .filter((w) => !['of', 'the', 'for', 'and', 'de'].includes(w))
      .map((w) => w[0])
      .join('');
  const key = orgKey(name);
  // "California ISO" and "California Independent System Operator": shared words, then an acronym of the rest.
  const partly = (short: string, long: string): boolean => {
    const s = short.split(' ');
    const l = long.split(' ');
    const acronym = s[s.length - 1]!;
    const head = s.slice(0, -1);
    return (
      head.length > 0 &&
      acronym.length >= 2 &&
      head.every((w, i) => l[i] === w) &&
      initials(l.slice(head.length).join(' ')) === acronym
    );
  };
  const upper = name.split(' ').pop()!;
  for (const [known, entry] of keys) {
    if (/^\p{Lu}{2,6}$/u.test(upper) && partly(key, known)) return entry;
    if (partly(known, key)) return entry;
    // "EU" then "European Union", or the other way round.
    if (/^\p{Lu}{2,6}$/u.test(name) && known.includes(' ') && initials(known) === name.toLowerCase())
      return entry;
    if (/^\p{Ll}{2,6}$/u.test(known) && key.includes(' ') && initials(key) === known) return entry;
  }
  return undefined;
}

export const orgKey = (name: string): string => name.split(/\s+/).map(foldName).filter(Boolean).join(' ');

/** "Ford" and "Ford Motor Company": a short name that starts a longer one names the same body. */
export function prefixKey(keys: ReadonlyMap<string, string>, key: string): string | undefined {
  for (const [known, entry] of keys) {
    const [short, long] = known.length < key.length ? [known, key] : [key, known];
    if (short.length >= 3 && long.startsWith(short) && /^[^\p{L}\d]/u.test(long.slice(short.length)))
      return entry;
  }
  return undefined;
}
