import { DESCRIPTORS, NEVER_NAME_WORDS } from '../people/name-lexicon';
import { isRoleWord } from '../people/split-role';
import { isListedPlace, type Term } from '../people/tagged-terms';
import {
  ARMED_GROUP_NOUNS,
  BODY_NOUNS,
  BODY_ROLE_TITLES,
  BY_PHRASES,
  EVENT_WORDS,
  FACILITY_WORDS,
  KNOWN_ACRONYMS,
  NOT_ORG_WORDS,
  ORG_INTRODUCERS,
  ORG_SUFFIXES,
  TEAM_VERBS,
} from './org-lexicon';
import { insideQuote, LEADING_NOISE, type OrgCandidate } from './org-name-shapes';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Value', 'Pronoun', 'Demonym', 'Adjective'];
const COUNTRY_TAGS = ['Country'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];

const hasAny = (term: Term, tags: readonly string[]): boolean => tags.some((tag) => term.tags.has(tag));

/** Words the tagger names a place or a nationality somewhere in the text ("Tampere", "Belgian"). */
export function placeWords(terms: readonly Term[]): Set<string> {
  const places = new Set<string>();
  for (const term of terms)
    if (
      (['Country', 'City', 'Region', 'Demonym'].some((tag) => term.tags.has(tag)) &&
        !term.tags.has('Organization')) ||
      (/^\p{Lu}/u.test(term.text) && isListedPlace(term.lower))
    )
      places.add(term.lower);
  return places;
}

/** A capitalised word that may be part of a body's name (not a month, a pronoun, a title or a nationality). */
const bodyWord = (term: Term): boolean =>
  /^\p{Lu}/u.test(term.text) &&
  !hasAny(term, NOT_NAME_TAGS) &&
  !NEVER_NAME_WORDS.has(term.lower) &&
  !NOT_ORG_WORDS.has(term.lower) &&
  !isRoleWord(term);

/** The capitalised words written one after another that end at `last` (up to four), first index first. */
function runEndingAt(terms: readonly Term[], last: number): number[] {
  const run: number[] = [];
  for (let i = last; i >= 0 && run.length < 4; i--) {
    const term = terms[i]!;
    if (!bodyWord(term) || term.sentence !== terms[last]!.sentence) break;
    if (i < last && (!/^ +$/.test(term.post) || term.possessive)) break;
    run.unshift(i);
  }
  while (run.length > 1 && LEADING_NOISE.test(`${terms[run[0]!]!.text} `)) run.shift();
  return run.length === 1 && LEADING_NOISE.test(`${terms[run[0]!]!.text} `) ? [] : run;
}

/** The capitalised words written one after another from `first` on (up to four). */
function runStartingAt(terms: readonly Term[], first: number): number[] {
  const run: number[] = [];
  for (let i = first; i < terms.length && run.length < 4; i++) {
    const term = terms[i]!;
    if (!bodyWord(term) || term.sentence !== terms[first]!.sentence) break;
    run.push(i);
    if (!/^ +$/.test(term.post) || term.possessive) break;
  }
  return run;
}

const nameOf = (text: string, terms: readonly Term[], run: readonly number[]): OrgCandidate => ({
  name: text.slice(terms[run[0]!]!.start, terms[run[run.length - 1]!]!.end),
  start: terms[run[0]!]!.start,
});

/** "League", "Council", "Club": one organization word alone is a shortened name, not a new body. */
const isGeneric = (terms: readonly Term[], run: readonly number[]): boolean =>
  run.length === 1 && (ORG_SUFFIXES.has(terms[run[0]!]!.lower) || FACILITY_WORDS.has(terms[run[0]!]!.lower));

const isPersonRun = (terms: readonly Term[], run: readonly number[]): boolean =>
  run.some((i) => terms[i]!.tags.has('FirstName') || terms[i]!.tags.has('Honorific'));

/**
 * "JD(U) spokesman Rajiv Ranjan Prasad", "Tesla chief executive Elon Musk", "Hibernian manager Tony
 * Mowbray": a name right before a title that a person's name follows is the body the person speaks for.
 * Places, nationalities and people before a title are not bodies ("Moscow mayor", "Russian President").
 */
export function bodiesBeforeRoles(
  text: string,
  terms: readonly Term[],
  places: ReadonlySet<string>,
): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (let t = 1; t < terms.length - 1; t++) {
    const title = terms[t]!;
    if (!BODY_ROLE_TITLES.has(title.lower) || /^\p{Lu}/u.test(title.text)) continue;
    let after = t + 1;
    while (after < terms.length && isRoleWord(terms[after]!) && /^\p{Ll}/u.test(terms[after]!.text)) after++;
    const person = terms[after];
    if (!person || !/^\p{Lu}/u.test(person.text) || !/^ +$/.test(terms[after - 1]!.post)) continue;
    let last = t - 1;
    // "Tesla chief executive": modifiers between the name and the title.
    while (last > 0 && /^\p{Ll}/u.test(terms[last]!.text) && isRoleWord(terms[last]!)) last--;
    const owner = terms[last]!;
    if (!/^ +$/.test(owner.post) && !owner.possessive) continue;
    const run = runEndingAt(terms, last);
    if (run.length === 0 || isPersonRun(terms, run) || isGeneric(terms, run)) continue;
    // "Opposition leader ...": a common noun capitalised by the start of a sentence.
    const head = terms[run[0]!]!;
    const opens = run[0] === 0 || terms[run[0]! - 1]!.sentence !== head.sentence;
    if (opens && run.length === 1 && head.tags.has('Actor')) continue;
    if (run.every((i) => hasAny(terms[i]!, PLACE_TAGS) || places.has(terms[i]!.lower))) continue;
    found.push(nameOf(text, terms, run));
  }
  // "JD(U)": compromise splits the party's bracketed letter off; the text keeps it whole.
  for (const match of text.matchAll(/(?<![\p{L}])(\p{Lu}{2,5}\(\p{Lu}\))(?=\s+\p{Ll})/gu))
    found.push({ name: match[1]!, start: match.index });
  return found;
}

/**
 * "Lakeside beat Hillcrest", "the Hawks", "Belfast Giants": the sides of a result are teams, and a
 * capitalised plural after "the" is a team, a band or a party unless it names people of a country.
 */
export function teams(text: string, terms: readonly Term[], places: ReadonlySet<string>): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (let v = 1; v < terms.length - 1; v++) {
    const verb = terms[v]!;
    // "drew with", "lost to": two-word verbs start here too.
    const phrase = `${verb.lower} ${terms[v + 1]!.lower}`;
    const two = TEAM_VERBS.has(phrase);
    if (!two && !TEAM_VERBS.has(verb.lower)) continue;
    if (!/^ +$/.test(terms[v - 1]!.post)) continue;
    const home = runEndingAt(terms, v - 1);
    const away = runStartingAt(terms, v + (two ? 2 : 1));
    const sides = [home, away];
    if (
      sides.some(
        (run) =>
          run.length === 0 || isPersonRun(terms, run) || run.some((i) => hasAny(terms[i]!, PERSON_TAGS)),
      )
    )
      continue;
    if (sides.some((run) => run.some((i) => hasAny(terms[i]!, COUNTRY_TAGS)) || isGeneric(terms, run)))
      continue;
    for (const run of sides) found.push(nameOf(text, terms, run));
  }
  for (let i = 1; i < terms.length; i++) {
    const the = terms[i - 1]!;
    if (the.lower !== 'the' || !/^ +$/.test(the.post)) continue;
    // “We Will Not Withdraw Until The Company Complies”: a capital "The" mid-sentence is Title Case.
    if (the.text === 'The' && i >= 2 && terms[i - 2]!.sentence === the.sentence) continue;
    const run = runStartingAt(terms, i);
    const last = terms[run[run.length - 1] ?? -1];
    if (!last || !/\p{Ll}(?<![siuy])s$/u.test(last.text)) continue;
    const next = terms[run[run.length - 1]! + 1];
    // "the Hawks lost", "the Belfast Giants, who": the plural acts; "the Huygens probe" names a thing.
    const acts =
      !/^ +$/.test(last.post) ||
      next === undefined ||
      next.tags.has('Verb') ||
      next.sentence !== last.sentence;
    if (!acts || places.has(last.lower)) continue;
    if (hasAny(last, [...PLACE_TAGS, 'Demonym']) || run.some((k) => hasAny(terms[k]!, PERSON_TAGS))) continue;
    if (EVENT_WORDS.has(last.lower) || /(?:ans|ese|ish|ians)$/.test(last.lower)) continue;
    found.push(nameOf(text, terms, run));
  }
  return found;
}

/** The index of the word that starts at each offset. */
function startsOf(terms: readonly Term[]): Map<number, number> {
  const at = new Map<number, number>();
  terms.forEach((term, i) => at.set(term.start, i));
  return at;
}

/** Characters of `text` from `at`, up to the end of the sentence or 120 characters. */
const ahead = (text: string, at: number): string => text.slice(at, at + 120);

const NAME_AFTER =
  /^(?:,\s+|\s+)(\p{Lu}[\p{L}\p{M}'’&-]*(?:\.\p{L}+)?(?:\s+\p{Lu}[\p{L}\p{M}'’&-]*){0,3})(?=[\s,.;:)]|$)/u;

/**
 * "Norway's privacy watchdog, Datatilsynet", "the digital rights group NOYB", "hosted by Funyard Events",
 * "Freedonia's commerce ministry", "Houthi rebels": bodies named by the words around them.
 */
export function bodiesByContext(
  text: string,
  terms: readonly Term[],
  places: ReadonlySet<string>,
): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  const at = startsOf(terms);
  const push = (name: string, start: number): void => {
    const words = name.split(/\s+/);
    if (words.length === 1 && (ORG_SUFFIXES.has(name.toLowerCase()) || places.has(name.toLowerCase())))
      return;
    if (words.every((w) => NEVER_NAME_WORDS.has(w.toLowerCase()) || NOT_ORG_WORDS.has(w.toLowerCase())))
      return;
    if (FACILITY_WORDS.has(words[words.length - 1]!.toLowerCase()) || insideQuote(text, start)) return;
    found.push({ name, start });
  };
  for (const term of terms) {
    const introduces =
      /^\p{Ll}/u.test(term.text) && ORG_INTRODUCERS.has(term.lower) && !DESCRIPTORS.has(term.lower);
    if (!introduces) continue;
    const match = NAME_AFTER.exec(ahead(text, term.end));
    if (!match) continue;
    const start = term.end + match[0].length - match[1]!.length;
    const named = terms[at.get(start) ?? -1];
    if (
      !named ||
      hasAny(named, [...PERSON_TAGS, 'Date', 'Month', 'WeekDay', 'Demonym', 'Place', 'Country', 'City'])
    )
      continue;
    // With a comma the name must close the apposition: "the watchdog, Datatilsynet, said".
    if (match[0].startsWith(',') && !/^[,.;:)]/.test(text.slice(start + match[1]!.length))) continue;
    // "web giant Google's Android": the owner is the body.
    push(match[1]!.replace(/['’]s(?:\s.*)?$/u, ''), start);
  }
  const by = new RegExp(`(?<![\\p{L}])(?:${BY_PHRASES})\\s+(?:the\\s+)?`, 'gu');
  for (const match of text.matchAll(by)) {
    const start = match.index + match[0].length;
    const first = at.get(start);
    if (first === undefined) continue;
    const run = runStartingAt(terms, first);
    if (run.length === 0 || run.some((i) => hasAny(terms[i]!, [...PERSON_TAGS, ...PLACE_TAGS]))) continue;
    // "operated by the Canadian company Minera Aurelia": the kind noun introduces the name.
    const after = terms[run[run.length - 1]! + 1];
    if (after !== undefined && /^\p{Ll}/u.test(after.text) && ORG_INTRODUCERS.has(after.lower)) continue;
    const candidate = nameOf(text, terms, run);
    push(candidate.name, candidate.start);
  }
  const owned = new RegExp(
    String.raw`(?<![\p{L}])(\p{Lu}[\p{L}\p{M}-]+)['’]s\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)(${BODY_NOUNS})(?![\p{L}])`,
    'gu',
  );
  for (const match of text.matchAll(owned)) {
    const ownerTerm = terms[at.get(match.index) ?? -1];
    if (!ownerTerm || hasAny(ownerTerm, PERSON_TAGS)) continue;
    // "Norway's privacy watchdog, Datatilsynet": the name that follows is the body's name.
    if (NAME_AFTER.test(ahead(text, match.index + match[0].length))) continue;
    push(match[0].replace(/\s+/g, ' '), match.index);
  }
  for (let i = 0; i < terms.length - 1; i++) {
    const noun = terms[i + 1]!;
    if (!ARMED_GROUP_NOUNS.has(noun.lower) || !/^ +$/.test(terms[i]!.post)) continue;
    const run = runEndingAt(terms, i);
    if (run.length === 0 || run.some((k) => hasAny(terms[k]!, [...PERSON_TAGS, ...PLACE_TAGS]))) continue;
    const candidate = nameOf(text, terms, run);
    push(candidate.name, candidate.start);
  }
  return found;
}

/** "Pacific Gas & Electric", "Procter & Gamble": capitalised words joined by an ampersand name a firm. */
export function ampersandNames(text: string, terms: readonly Term[]): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  const at = startsOf(terms);
  const pattern =
    /(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})\s+&\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})/gu;
  for (const match of text.matchAll(pattern)) {
    let name = match[0];
    let start = match.index;
    const noise = LEADING_NOISE.exec(name);
    if (noise) [name, start] = [name.slice(noise[0].length), start + noise[0].length];
    const inside: Term[] = [];
    for (let i = at.get(start) ?? terms.length; i < terms.length && terms[i]!.end <= start + name.length; i++)
      inside.push(terms[i]!);
    // "Trinidad & Tobago", "Bosnia & Herzegovina": places joined by an ampersand are a country.
    if (inside.length === 0 || inside.every((t) => hasAny(t, PLACE_TAGS) || !/^\p{Lu}/u.test(t.text)))
      continue;
    if (KNOWN_ACRONYMS.has(name)) continue;
    found.push({ name: name.replace(/['’]s$/, ''), start });
  }
  return found;
}
