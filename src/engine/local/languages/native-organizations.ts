import type { Person } from '../../brief';
import type { NativeLexicon } from './native-lexicon';

/** Capitals that are not organisations: countries, units, currencies, time zones, numerals. */
// prettier-ignore
const NOT_ORG = new Set('USA US UK GB EEUU UE? EUR USD CHF GBP KM PS TV PDF UTC GMT MEZ CET CEST MESZ KI IA AI II III IV VI VII VIII IX XI XII OK COVID SMS GPS DNA ADN PIB BIP CO2 HD IT PDG'.split(' '));
const ABBREVIATION =
  /(?<![\p{L}\d-])(\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,5}|\p{Lu}{2})(-\p{Lu}[\p{Ll}]+)?(?![\p{L}\d])/gu;
const WORD = /[\p{L}\p{M}'’-]+/gu;
/** German compounds that name an institution on their own ("Staatskanzlei", "Verfassungsgerichtshof"). */
const INSTITUTION_PREFIX =
  /^(?:Bundes|Landes|Staats|Verfassungs|Ober|Kreis|Stadt|Europa|Welt|Zentral|Finanz|Innen|Außen|Justiz|Verteidigungs)\p{L}/u;
/** Adjectives that complete a body's name after its head ("Assemblée nationale", "Unsa ferroviaire"). */
const ADJECTIVES =
  /^(?:nationale?s?|européen(?:ne)?s?|régionale?s?|fédérale?s?|insoumise|ferroviaire|constitutionnel(?:le)?|supérieure?|générale?|populaire|nacional|europe[oa]|constitucional|supremo|federal)$/u;

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** An abbreviation of capitals ("CDU", "CCOO", "AfD", "SUD-Rail"), not a shouted word or a unit. */
function isAbbreviation(word: string): boolean {
  const core = word.split('-')[0]!;
  if (NOT_ORG.has(core)) return false;
  const capitals = core.replace(/\P{Lu}/gu, '').length;
  return capitals >= 2 && capitals >= core.length - 1 && core.length <= 6;
}

/** "Gewerkschaft Deutscher Lokomotivführer (GDL)": the words before an abbreviation whose initials spell it. */
function spelledOut(before: string, abbreviation: string, lexicon: NativeLexicon): string | undefined {
  const words = before.trimEnd().split(/\s+/u);
  const letters = abbreviation.toLowerCase();
  for (let n = 1; n <= Math.min(words.length, 10); n++) {
    const phrase = words.slice(-n);
    const initials = phrase
      .filter((w) => !lexicon.orgJoiners.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))
      .map((w) => w.charAt(0).toLowerCase())
      .join('');
    if (initials === letters && /^\p{Lu}/u.test(phrase[0]!)) return phrase.join(' ');
  }
  return undefined;
}

/** A head noun of an organisation: in the lexicon, or a German compound ending in one ("Bundesagentur"). */
function isHead(word: string, lexicon: NativeLexicon): boolean {
  const lower = word.toLowerCase();
  if (lexicon.orgHeads.has(lower)) return true;
  if (lexicon.lang !== 'de' || !/^\p{Lu}/u.test(word)) return false;
  const stem = lower.replace(/(?:es|s)$/u, '');
  for (const head of lexicon.orgHeads)
    if (head.length >= 3 && [lower, stem].some((w) => w.length > head.length + 2 && w.endsWith(head)))
      return true;
  return false;
}

/**
 * "Rüstungskonzern Rheinmetall", "Nachrichtenagentur Reuters": a German compound common noun that introduces
 * a name ends in one of the language's introducers; the organisation is the name after it.
 */
function withoutIntroducer(name: string, lexicon: NativeLexicon): string {
  if (lexicon.lang !== 'de') return name;
  const [first, ...rest] = name.split(' ');
  const lower = first!.toLowerCase();
  const introduces = [...lexicon.lexicon.orgs.introducers].some(
    (w) => lower.length > w.length + 2 && lower.endsWith(w),
  );
  return introduces && rest.length > 0 && rest.every((w) => /^\p{Lu}/u.test(w)) ? rest.join(' ') : name;
}

/**
 * "das Bundesamt für Statistik", "le ministère de la Culture", "Banco de España", "Unión Europea": a head
 * noun and the capitalised words joined to it. A lower-case head needs a capitalised complement; a German
 * compound head stands alone ("Verfassungsgerichtshof").
 */
function headedNames(text: string, lexicon: NativeLexicon): string[] {
  const tokens = [...text.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index ?? 0 }));
  const spaced = (k: number): boolean =>
    k > 0 &&
    k < tokens.length &&
    /^\s+$/u.test(text.slice(tokens[k - 1]!.at + tokens[k - 1]!.word.length, tokens[k]!.at));
  const capital = (word: string): boolean =>
    /^\p{Lu}/u.test(word) && !lexicon.notNames.has(word.toLowerCase());
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (!isHead(head.word, lexicon)) continue;
    let end = i;
    for (let j = i + 1; spaced(j);) {
      const word = tokens[j]!.word;
      if (capital(word) || (j === i + 1 && ADJECTIVES.test(word) && /^\p{Lu}/u.test(head.word))) {
        end = j++;
        continue;
      }
      // Joiners ("für", "de la", "del", "y la") count only when a capitalised word follows them; in French a
      // plural noun after "des" completes a body too ("Cour des comptes", "commission des finances").
      let k = j;
      while (spaced(k) && k - j < 3 && lexicon.orgJoiners.has(tokens[k]!.word.toLowerCase())) k++;
      const next = spaced(k) ? tokens[k]!.word : '';
      const plural = lexicon.lang === 'fr' && tokens[k - 1]?.word === 'des' && /\p{Ll}s$/u.test(next);
      if (k === j || next === '' || !(capital(next) || plural)) break;
      end = k;
      j = k + 1;
    }
    // "Deutsche Bahn", "des Deutschen Feuerwehrverbandes": a capitalised adjective in front belongs to it.
    const left = tokens[i - 1];
    const withAdjective =
      lexicon.lang === 'de' &&
      left !== undefined &&
      spaced(i) &&
      /^\p{Lu}\p{Ll}+(?:e|en|er|es)$/u.test(left.word) &&
      !/[.!?:]\s*$/u.test(text.slice(Math.max(0, left.at - 3), left.at)) &&
      !lexicon.notNames.has(left.word.toLowerCase());
    // "Robert-Koch-Institut", "Maximilian-Kolbe-Stiftung": a hyphenated name on a head is a body's name.
    const hyphenated =
      /-\p{Lu}/u.test(head.word) && lexicon.orgHeads.has(head.word.split('-').pop()!.toLowerCase());
    const institution = (lexicon.lang === 'de' && INSTITUTION_PREFIX.test(head.word)) || hyphenated;
    if (end === i && !withAdjective && !institution) continue;
    if (end === i && /^\p{Ll}/u.test(head.word)) continue;
    const start = withAdjective ? left.at : head.at;
    out.push(text.slice(start, tokens[end]!.at + tokens[end]!.word.length));
    i = end;
  }
  return out;
}

/**
 * The organisations of an article in French, German or Spanish: abbreviations in capitals (with the name
 * they abbreviate when the text spells it out), names built on a head noun, and the tagger's organisations
 * that have one of those shapes. People's names are never organisations.
 */
export function nativeOrganizations(
  text: string,
  people: readonly Person[],
  tagged: readonly Person[],
  lexicon: NativeLexicon,
): Person[] {
  const found = new Map<string, Person>();
  const personNames = new Set(people.flatMap((p) => [p.name, ...(p.aliases ?? [])]).map(fold));
  const add = (written: string, alias?: string): void => {
    const name = withoutIntroducer(written, lexicon);
    const key = fold(name);
    if (personNames.has(key) || key.length < 2) return;
    const existing = [...found.values()].find((o) => {
      const forms = [o.name, ...(o.aliases ?? [])].map(fold);
      return forms.includes(key) || (alias !== undefined && forms.includes(fold(alias)));
    });
    if (existing) {
      if (alias !== undefined && name.length > existing.name.length) {
        existing.aliases = [
          ...new Set([...(existing.aliases ?? []), existing.name].filter((a) => a !== name)),
        ];
        existing.name = name;
      }
      return;
    }
    const org: Person = { name, kind: 'organization' };
    if (alias !== undefined && alias !== name) org.aliases = [alias];
    found.set(key, org);
  };
  const headedEnds = headedNames(text, lexicon);
  for (const m of text.matchAll(ABBREVIATION)) {
    let word = m[0];
    if (!isAbbreviation(word) || lexicon.titles.has(word.toLowerCase())) continue;
    const suffix = m[2]?.slice(1);
    // "CDU-Chef", "EU-Austritt": a German compound on an abbreviation names the abbreviation, unless its
    // second part is an organisation's head ("CSU-Landesgruppe"); "SUD-Rail" is a name as written.
    const titled = suffix !== undefined && lexicon.titles.has(suffix.toLowerCase());
    if (suffix !== undefined && (titled || (lexicon.lang === 'de' && !isHead(suffix, lexicon)))) word = m[1]!;
    const at = m.index ?? 0;
    const inParens = text[at - 1] === '(' && text[at + word.length] === ')';
    const before = text.slice(Math.max(0, at - 160), at - 1).trimEnd();
    const headed = inParens ? headedEnds.find((h) => before.endsWith(h)) : undefined;
    const long = inParens ? (spelledOut(before, word, lexicon) ?? headed) : undefined;
    if (long !== undefined) add(long, word);
    else add(word);
  }
  for (const name of headedEnds) add(name);
  for (const org of tagged) {
    const words = org.name.split(/\s+/u);
    if (words.some((w) => isHead(w, lexicon)) || words.some(isAbbreviation)) add(org.name);
  }
  const orgs = [...found.values()];
  // "Datenschutzbehörde" beside "Datenschutzbehörde Nordrhein-Westfalen": the longer name only.
  return orgs.filter(
    (o) => !orgs.some((other) => other !== o && fold(other.name).startsWith(`${fold(o.name)} `)),
  );
}
