import type { Person } from '../../brief';
import type { NativeLexicon } from './native-lexicon';

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;
/** German nouns by their endings: capitalised like names, never names. */
const COMMON_NOUN_END =
  /(?:ung|heit|keit|schaft|tion|ismus|ität|nis|tum|ment|ungen|heiten|keiten|schaften|tionen|ierung|gesetz|gang)$/u;

/** Letters of the longest given name the German rules accept as the first word of a name. */
const LONGEST_GIVEN_NAME = 12;

/** A title or role word: in the lexicon, or a German compound or a hyphenated word ending in one. */
function isTitle(word: string, lexicon: NativeLexicon): boolean {
  const lower = word.toLowerCase().replace(/[.,]$/u, '');
  if (lexicon.titles.has(lower)) return true;
  // "des früheren Ministers", "des Präsidenten": a German title in the genitive or dative.
  if (lexicon.lang === 'de' && /(?:es|s|en|n)$/u.test(lower)) {
    const stems = [lower.replace(/(?:es|s)$/u, ''), lower.replace(/(?:en|n)$/u, '')];
    if (stems.some((stem) => stem.length >= 4 && lexicon.titles.has(stem))) return true;
  }
  const tail = lower.split('-').pop() ?? lower;
  if (tail !== lower && lexicon.titles.has(tail)) return true;
  if (lexicon.lang !== 'de') return false;
  for (const title of lexicon.titles)
    if (title.length >= 5 && lower.length > title.length && lower.endsWith(title)) return true;
  return false;
}

/**
 * A person's name as the article writes it, without the title in front ("Finanzminister Lars Klingbeil") and
 * without what follows a full name ("Markus Ulbig von der CDU"): particles stay only inside a name ("Ursula
 * von der Leyen", "Laurence des Cars"), after at most one given name.
 */
export function cleanNativeName(name: string, lexicon: NativeLexicon): { name: string; role?: string } {
  const words = name.split(/\s+/u).filter(Boolean);
  const role: string[] = [];
  while (words.length > 1 && (isTitle(words[0]!, lexicon) || /^\p{Ll}/u.test(words[0]!)))
    role.push(words.shift()!);
  // Particles after two name words start a phrase of their own ("von der CDU", "de la région").
  let named = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (lexicon.particles.has(word.toLowerCase())) {
      const rest = words.slice(i).filter((w) => !lexicon.particles.has(w.toLowerCase()));
      if ((named >= 2 && !(lexicon.lang === 'es' && word === 'i')) || rest.length === 0) {
        words.length = i;
        break;
      }
    } else named++;
  }
  while (words.length > 0 && lexicon.particles.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const out: { name: string; role?: string } = { name: words.join(' ') };
  if (role.length > 0) out.role = role.join(' ');
  return out;
}

function plausible(name: string, lexicon: NativeLexicon): boolean {
  const words = name.split(' ');
  if (words.length === 0 || name === '') return false;
  const inside = (w: string, i: number): boolean => i > 0 && lexicon.particles.has(w.toLowerCase());
  if (words.some((w, i) => lexicon.notNames.has(w.toLowerCase()) && !inside(w, i))) return false;
  if (words.some((w) => lexicon.orgHeads.has(w.toLowerCase()))) return false;
  if (words.some((w) => isTitle(w, lexicon) && !lexicon.particles.has(w.toLowerCase()))) return false;
  if (lexicon.lang === 'de' && words.some((w) => COMMON_NOUN_END.test(w.toLowerCase()))) return false;
  // "Konzentrationslager Auschwitz": a given name is never a long German compound.
  if (
    lexicon.lang === 'de' &&
    words.length > 1 &&
    !words[0]!.includes('-') &&
    words[0]!.length > LONGEST_GIVEN_NAME
  )
    return false;
  // One capitalised word alone is a name only when it is not a common German noun or a function word.
  if (words.length === 1 && (lexicon.lang === 'de' || lexicon.notNames.has(name.toLowerCase()))) return false;
  return true;
}

/** "Verkehrsminister Volker Wissing", "GDL-Chef Claus Weselsky", "Olaf Scholz (SPD)": people the rules see. */
function titledNames(text: string, lexicon: NativeLexicon): Array<{ name: string; role?: string }> {
  const out: Array<{ name: string; role?: string }> = [];
  const particles = [...lexicon.particles].filter((p) => !p.includes(' ')).join('|');
  const name = String.raw`${NAME_WORD}(?:\s+(?:(?:${particles})\s+){0,2}${NAME_WORD}){1,3}`;
  const after = new RegExp(String.raw`\s+(${name})`, 'uy');
  for (const word of text.matchAll(/(?<![\p{L}-])[\p{L}-]+/gu)) {
    if (!isTitle(word[0], lexicon) || lexicon.particles.has(word[0].toLowerCase())) continue;
    after.lastIndex = (word.index ?? 0) + word[0].length;
    const m = after.exec(text);
    if (!m) continue;
    const cleaned = cleanNativeName(m[1]!, lexicon);
    out.push({ ...cleaned, role: cleaned.role ?? word[0] });
  }
  // "La ministre des Comptes publics, Amélie de Montchalin, a défendu": a name set off after a title.
  for (const m of text.matchAll(new RegExp(String.raw`,\s+(${name})\s*,`, 'gu'))) {
    const lead =
      text
        .slice(Math.max(0, (m.index ?? 0) - 80), m.index ?? 0)
        .split(/[.;]/u)
        .pop() ?? '';
    const role = lead
      .match(/[\p{L}-]+/gu)
      ?.find((w) => isTitle(w, lexicon) && !lexicon.particles.has(w.toLowerCase()));
    if (role !== undefined) out.push({ ...cleanNativeName(m[1]!, lexicon), role });
  }
  for (const m of text.matchAll(
    new RegExp(String.raw`(?<!\p{L})(${NAME_WORD}\s+${NAME_WORD})\s+\(\p{Lu}{2,5}\)`, 'gu'),
  ))
    out.push(cleanNativeName(m[1]!, lexicon));
  // "sagt Heiko Wimmen", "estime Jean Dupont", "declaró Ana Pérez": a full name right after a verb of speech.
  const speech = [...lexicon.lexicon.names.speechVerbs].join('|');
  for (const m of text.matchAll(
    new RegExp(String.raw`(?<!\p{L})(?:${speech})\s+(${NAME_WORD}(?:\s+${NAME_WORD}){1,2})(?!\p{L})`, 'gu'),
  ))
    out.push(cleanNativeName(m[1]!, lexicon));
  return out;
}

/** "Teste" of "La Teste-de-Buch": a name must stand in the text as words of its own, not a piece of one. */
function standsAlone(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{M}-])${escaped}(?![\\p{L}\\p{M}]|-\\p{L})`, 'u').test(text);
}

const lastWord = (name: string): string => name.split(' ').pop()!.toLowerCase();
/** "Jordi Pujol" inside "Jordi Pujol i Ferrer": every word of the short name, in order, at the start. */
const contains = (long: string, short: string): boolean => long !== short && long.startsWith(`${short} `);

/**
 * The people of an article in French, German or Spanish: the tagger's people with titles and trailing
 * phrases taken off and German common nouns dropped, plus the names that a title or a party in parentheses
 * introduces. A shorter form of a found name (its surname) merges into it.
 */
export function nativePeople(found: readonly Person[], text: string, lexicon: NativeLexicon): Person[] {
  const people: Person[] = [];
  const add = (candidate: { name: string; role?: string }, aliases: readonly string[] = []): void => {
    if (!plausible(candidate.name, lexicon) || !standsAlone(candidate.name, text)) return;
    const same = people.find(
      (p) =>
        p.name === candidate.name ||
        (lastWord(p.name) === lastWord(candidate.name) &&
          (p.name.includes(' ') || candidate.name.includes(' '))) ||
        contains(p.name, candidate.name) ||
        contains(candidate.name, p.name),
    );
    if (same) {
      // Keep the fuller spelling; the other becomes an alias.
      const [long, short] =
        same.name.split(' ').length >= candidate.name.split(' ').length
          ? [same.name, candidate.name]
          : [candidate.name, same.name];
      same.name = long;
      const all = new Set([...(same.aliases ?? []), ...aliases, short].filter((a) => a !== long));
      if (all.size > 0) same.aliases = [...all];
      same.role ??= candidate.role;
      if (same.role === undefined) delete same.role;
      return;
    }
    const person: Person = { name: candidate.name, kind: 'person' };
    if (candidate.role !== undefined) person.role = candidate.role;
    const alias = aliases.filter((a) => a !== candidate.name);
    if (alias.length > 0) person.aliases = alias;
    people.push(person);
  };
  for (const t of titledNames(text, lexicon)) add(t);
  for (const p of found) {
    const cleaned = cleanNativeName(p.name, lexicon);
    add(
      p.role !== undefined && cleaned.role === undefined ? { ...cleaned, role: p.role } : cleaned,
      (p.aliases ?? []).map((a) => cleanNativeName(a, lexicon).name).filter((a) => a !== ''),
    );
  }
  return people;
}
