import type { Person } from '../../brief';
import { foldName } from '../people/merge-people';
import { NEVER_NAME_WORDS, TITLE_WORDS } from '../people/name-lexicon';
import { capitalisedRuns, tagTerms, type Term } from '../people/tagged-terms';
import {
  EVENT_WORDS,
  FACILITY_WORDS,
  KNOWN_ACRONYMS,
  KNOWN_INSTITUTIONS,
  NOT_ORG_WORDS,
  ORG_INTRODUCERS,
  ORG_SUFFIXES,
  PLACE_NAMES,
  VEHICLE_WORDS,
} from './org-lexicon';
import { actingSubjects } from './acting-subjects';
import { initialsKey, nearKey, orgKey, prefixKey, qualifiedKey } from './org-keys';
import { ampersandNames, bodiesBeforeRoles, bodiesByContext, placeWords, teams } from './org-patterns';
import {
  acronymsAfterThe,
  fixtureSides,
  insideQuote,
  namesAfterKind,
  namesBeforeKind,
  isPlace,
  LEADING_NOISE,
  longOrgNames,
  type OrgCandidate,
} from './org-name-shapes';

const LETTER = /^\p{L}$/u;

/**
 * Where `name` stands in `text` with no letter on either side: the starts of
 * `/(?<![\p{L}])name(?![\p{L}])/gu`'s matches, found by indexOf and a look at the code points around each
 * hit (a regex per name over the whole text was a sizeable share of organization detection).
 */
export function wholeWordStarts(text: string, name: string): number[] {
  if (name === '')
    return [...text.matchAll(new RegExp(`(?<![\\p{L}])(?![\\p{L}])`, 'gu'))].map((m) => m.index);
  const starts: number[] = [];
  for (let at = text.indexOf(name); at >= 0;) {
    const before = at > 0 ? String.fromCodePoint(codePointBefore(text, at)) : '';
    const end = at + name.length;
    const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
    if (!LETTER.test(before) && !LETTER.test(after)) {
      starts.push(at);
      at = text.indexOf(name, end);
    } else at = text.indexOf(name, at + 1);
  }
  return starts;
}

/** The code point that ends just before `index` (a surrogate pair read whole). */
function codePointBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2)!;
  }
  return low;
}

/** "North Atlantic Treaty Organization (NATO)": a long form ending in an organization word, then its acronym. */
function definedAcronyms(text: string, facilities: Set<string>): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  const pattern =
    /((?:\p{Lu}[\p{L}&'’-]*\s+(?:(?:of|for|and|the|in|on|de|des|du|la|le)\s+)*){0,8}\p{Lu}[\p{L}&'’-]*)\s*\((\p{Lu}[\p{Lu}&\d]{1,7})\)/gu;
  for (const match of text.matchAll(pattern)) {
    const acronym = match[2]!;
    let longForm = match[1]!.replace(LEADING_NOISE, '').trim();
    // "Thales Alenia Space for the European Organisation ... (EUMETSAT)": the long form starts at the
    // word that gives the acronym its first letter.
    const words = longForm.split(/\s+/);
    const from = words.findIndex((word) => word[0] === acronym[0]);
    const capitalisedAfter = words.slice(from).filter((word) => /^\p{Lu}/u.test(word)).length;
    if (from > 0 && capitalisedAfter >= Math.min(3, acronym.length)) longForm = words.slice(from).join(' ');
    const lastWord = longForm.split(/\s+/).pop()!.toLowerCase();
    // "Seattle/Tacoma International Airport (SEA)", "... Radio Telescope (FAST)": a facility, not a body.
    if (FACILITY_WORDS.has(lastWord)) facilities.add(acronym);
    if (EVENT_WORDS.has(lastWord) || FACILITY_WORDS.has(lastWord) || NOT_ORG_WORDS.has(acronym.toLowerCase()))
      continue;
    // "Organization of American States (OAS)": an organization word anywhere in the long form counts.
    const orgWord = longForm.split(/\s+/).some((word) => ORG_SUFFIXES.has(word.toLowerCase()));
    if (!orgWord && !KNOWN_ACRONYMS.has(acronym)) continue;
    found.push({ name: acronym, acronym: longForm, start: match.index });
  }
  return found;
}

function institutions(text: string): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (const name of KNOWN_INSTITUTIONS) {
    // Every mention: the first may sit inside a longer name ("General Court of the European Union").
    for (const start of wholeWordStarts(text, name)) found.push({ name, start });
  }
  for (const match of text.matchAll(/(?<![\p{L}\d])(\p{Lu}{2,5}\d?)(?![\p{L}\d])/gu)) {
    if (KNOWN_ACRONYMS.has(match[1]!)) found.push({ name: match[1]!, start: match.index });
  }
  return found;
}

/** Why a run of capitalised words is an organization, if it is one. */
function runIsOrganization(terms: readonly Term[], run: number[], places: ReadonlySet<string>): boolean {
  const runTerms = run.map((i) => terms[i]!);
  const last = runTerms[runTerms.length - 1]!;
  // "Seattle International Airport", "European Economic Area": a facility or a region; it counts only acting.
  if (runTerms.length > 1 && FACILITY_WORDS.has(last.lower)) return false;
  // "Norway, which...", "Europeans' data": a word the text tags as a place elsewhere, or a people's name.
  if (
    runTerms.length === 1 &&
    (places.has(last.lower) || /(?:ans|ese)$/.test(last.lower)) &&
    !KNOWN_ACRONYMS.has(last.text)
  )
    return false;
  const before = terms[run[0]! - 1];
  const after = terms[run[run.length - 1]! + 1];
  if (EVENT_WORDS.has(last.lower) || runTerms.some((t) => t.tags.has('Hyphenated') && t.post === '-'))
    return false;
  // "the Bhagalpur administration": the body is the whole phrase; the place alone is none.
  const bodyNext = after !== undefined && /^\p{Ll}/u.test(after.text) && ORG_SUFFIXES.has(after.lower);
  if (runTerms.length === 1 && bodyNext && /^ +$/.test(last.post)) return false;
  if (runTerms.every((t) => NOT_ORG_WORDS.has(t.lower) || NEVER_NAME_WORDS.has(t.lower))) return false;
  // "the Huygens probe", "its Parker probe": a name before a vehicle word names the vehicle.
  if (after !== undefined && /^ +$/.test(last.post) && VEHICLE_WORDS.has(after.lower)) return false;
  // "Consumer group Codacons": a single word before a lower-case kind noun describes the body named next.
  const kindNext = after !== undefined && /^\p{Ll}/u.test(after.text) && ORG_INTRODUCERS.has(after.lower);
  if (runTerms.length === 1 && /^ +$/.test(last.post) && kindNext && terms[run[0]! + 2] !== undefined) {
    if (/^\p{Lu}/u.test(terms[run[0]! + 2]!.text)) return false;
  }
  // "the Canadian company Minera Aurelia": the noun before says company even when the words look like a name.
  if (before && /^ +$/.test(before.post) && ORG_INTRODUCERS.has(before.lower)) return true;
  if (runTerms.some((t) => t.tags.has('FirstName') && !t.tags.has('Organization'))) return false;
  if (runTerms.length > 1 && ORG_SUFFIXES.has(last.lower)) return true;
  if (runTerms.length === 1 && last.tags.has('Url')) return true;
  if (runTerms.every((t) => isPlace(t) || t.tags.has('Demonym'))) return false;
  // "Japan's Defence Agency": the owner before the organization is not one itself.
  if (runTerms.length === 1 && last.possessive && after !== undefined && /^\p{Lu}/u.test(after.text))
    return false;
  // compromise's organization tag counts when its phrase ends inside the run ("Italian company" is no name).
  const nationalityLike = /(?:an|ese|ish|ch)$/.test(last.lower);
  const tagContinues =
    nationalityLike && after !== undefined && after.tags.has('Organization') && !/^\p{Lu}/u.test(after.text);
  const onlyAcronyms = runTerms.every((t) => t.tags.has('Acronym') && !KNOWN_ACRONYMS.has(t.text));
  if (runTerms.some((t) => t.tags.has('Organization')) && !tagContinues && !onlyAcronyms) return true;
  if (before && /^\s+$/.test(before.post) && ORG_INTRODUCERS.has(before.lower)) return true;
  // "head of the State Property Agency", "vice president of Dacia": a title's "of" names an organization.
  const of = before?.lower === 'the' ? terms[run[0]! - 2] : before;
  // "analyst at Mercator Research", "professor at Fudan University": the same with "at".
  const title = of?.lower === 'of' || of?.lower === 'at' ? terms[terms.indexOf(of) - 1] : undefined;
  return title !== undefined && TITLE_WORDS.has(title.lower);
}

/** "WASHINGTON —", "KOUROU, French Guiana,": the place of a dateline at the start of a line. */
function isDatelinePlace(text: string, terms: readonly Term[], run: number[]): boolean {
  const first = terms[run[0]!]!;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  if (text.slice(lineStart, first.start).trim() !== '') return false;
  return run.every((i) => !/\p{Ll}/u.test(terms[i]!.text)) && first.text.length > 3;
}

function runCandidates(text: string, terms: readonly Term[], places: ReadonlySet<string>): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (const run of capitalisedRuns(terms, new Set(['of', 'de']))) {
    if (isDatelinePlace(text, terms, run) || !runIsOrganization(terms, run, places)) continue;
    if (run.length > 2 && insideQuote(text, terms[run[0]!]!.start)) continue;
    let first = 0;
    // "Members of Eastbridge District Council": a plain noun and "of" before the name are not part of it.
    const head = terms[run[0]!]!;
    if (
      run.length > 2 &&
      terms[run[1]!]!.lower === 'of' &&
      !head.tags.has('ProperNoun') &&
      !head.tags.has('Organization') &&
      !ORG_SUFFIXES.has(head.lower)
    )
      first = 2;
    // Sentence openers glued before the name are not part of it ("The", "Yesterday").
    while (first < run.length - 1 && LEADING_NOISE.test(`${terms[run[first]!]!.text} `)) first++;
    let start = terms[run[first]!]!.start;
    const lastTerm = terms[run[run.length - 1]!]!;
    // "Self-Defence Forces": compromise splits the hyphenated first word off the run.
    let previous = terms[run[first]! - 1];
    while (
      ORG_SUFFIXES.has(lastTerm.lower) &&
      previous &&
      previous.post === '-' &&
      /^\p{Lu}/u.test(previous.text)
    ) {
      start = previous.start;
      previous = terms[terms.indexOf(previous) - 1];
    }
    const name = text
      .slice(start, lastTerm.end)
      .replace(/\s+/g, ' ')
      .replace(/['’]s$/, '');
    if (NOT_ORG_WORDS.has(name.toLowerCase()) || ORG_SUFFIXES.has(name.toLowerCase())) continue;
    found.push({ name, start });
  }
  return found;
}

/**
 * Organizations named in `text` (institutions, agencies, companies, bodies defined with an acronym),
 * one entry each, ordered by mentions then first appearance. Names that are people are left out.
 */
export function detectOrganizations(
  text: string,
  people: readonly Person[] = [],
  terms: readonly Term[] = tagTerms(text),
): Person[] {
  const personWords = new Set(
    people.flatMap((p) => [p.name, ...(p.aliases ?? [])].flatMap((n) => n.split(/\s+/).map(foldName))),
  );
  const long = [...longOrgNames(text), ...ampersandNames(text, terms)];
  const places = placeWords(terms);
  // A shorter run inside a long name ("Hydrology Service" in "... Meteorology and Hydrology Service") is a piece of it.
  const inLong = (c: OrgCandidate): boolean =>
    long.some(
      (l) => c.start >= l.start && c.start + c.name.length <= l.start + l.name.length && c.name !== l.name,
    );
  // "... Radio Telescope (FAST)": the acronym of a facility is no body anywhere in the text.
  const facilities = new Set<string>();
  const candidates = [
    ...definedAcronyms(text, facilities),
    ...institutions(text).filter((c) => !inLong(c)),
    ...acronymsAfterThe(text),
    ...namesBeforeKind(text),
    ...namesAfterKind(text),
    ...long,
    ...runCandidates(text, terms, places).filter((c) => !inLong(c)),
    ...actingSubjects(text, terms).filter((c) => !inLong(c)),
    ...fixtureSides(text),
    ...bodiesBeforeRoles(text, terms, places).filter((c) => !inLong(c)),
    ...teams(text, terms, places).filter((c) => !inLong(c)),
    ...bodiesByContext(text, terms, places).filter((c) => !inLong(c)),
  ].sort((a, b) => a.start - b.start);
  const byKey = new Map<string, { name: string; aliases: Set<string>; first: number }>();
  const keyOf = new Map<string, string>();
  for (const candidate of candidates) {
    if (PLACE_NAMES.has(candidate.name.replace(/^the /i, '').toLowerCase()) || facilities.has(candidate.name))
      continue;
    const key = orgKey(candidate.name.replace(/^the /i, ''));
    if (candidate.name.split(/\s+/).some((w) => personWords.has(foldName(w)))) continue;
    const longKey = candidate.acronym !== undefined ? orgKey(candidate.acronym) : undefined;
    const existingKey =
      keyOf.get(key) ??
      (longKey !== undefined ? keyOf.get(longKey) : undefined) ??
      nearKey(keyOf, key) ??
      prefixKey(keyOf, key) ??
      initialsKey(keyOf, candidate.name) ??
      qualifiedKey(keyOf, key);
    const entry =
      existingKey !== undefined
        ? byKey.get(existingKey)!
        : { name: candidate.name, aliases: new Set<string>(), first: candidate.start };
    if (existingKey === undefined) byKey.set(key, entry);
    const entryKey = existingKey ?? key;
    keyOf.set(key, entryKey);
    if (candidate.acronym !== undefined && longKey !== undefined) {
      // The acronym the text defines becomes the name; the long form is kept as an alias.
      if (entry.name !== candidate.name) entry.aliases.add(entry.name);
      entry.name = candidate.name;
      entry.aliases.add(candidate.acronym);
      keyOf.set(longKey, entryKey);
    } else if (candidate.name !== entry.name) {
      entry.aliases.add(candidate.name);
    }
  }
  const mentions = (name: string, aliases: Set<string>): number =>
    [name, ...aliases].reduce((sum, n) => sum + wholeWordStarts(text, n).length, 0);
  return [...byKey.values()]
    .map((entry) => ({ entry, count: mentions(entry.name, entry.aliases) }))
    .sort((a, b) => b.count - a.count || a.entry.first - b.entry.first)
    .map(({ entry }) => {
      const org: Person = { name: entry.name, kind: 'organization' };
      const aliases = [...entry.aliases].filter((alias) => alias !== entry.name);
      if (aliases.length > 0) org.aliases = aliases;
      return org;
    });
}
