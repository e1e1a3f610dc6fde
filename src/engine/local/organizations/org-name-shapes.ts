import type { Term } from '../people/tagged-terms';
import { NOT_ORG_WORDS, ORG_SUFFIXES } from './org-lexicon';

/** A name found in the text that may be an organization, with where it starts. */
export interface OrgCandidate {
  name: string;
  start: number;
  /** The acronym the text defines for it ("North Atlantic Treaty Organization (NATO)"). */
  acronym?: string;
}

export const isPlace = (term: Term): boolean =>
  term.tags.has('Place') || term.tags.has('Country') || term.tags.has('City');
export const LEADING_NOISE =
  /^(?:(?:The|A|An|In|On|At|For|By|With|From|According|To|During|After|Before|While|Yesterday|Today)\s+)+/;

const DATE_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const CONNECTORS = new Set(['of', 'de', 'for', 'and', 'in', 'on', 'du', 'des']);
const LONG_NAME =
  /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of\s+the|of|de|for|and|in|on|du|des)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)+/gu;

/**
 * "National Institute for Medical Research", "Organization for Security and Co-operation in Europe",
 * "Ministry of Education": names with "for", "and", "in" or "of" inside, kept whole when an organization
 * word ends them or heads them ("Ministry of ...", "Organization for ...").
 */
export function longOrgNames(text: string): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (const match of text.matchAll(LONG_NAME)) {
    const words = match[0].split(/\s+/);
    let offset = 0;
    // "Peru's National ... Service", "Björnfors Stål and Finland's Kaivola Metals": the name starts after
    // the last owner.
    const owner = words.slice(0, -1).findLastIndex((w) => /['’]s$/.test(w));
    if (owner >= 0) offset += words.splice(0, owner + 1).join(' ').length + 1;
    while (words.length > 2 && LEADING_NOISE.test(`${words[0]!} `)) offset += words.shift()!.length + 1;
    // "... of the European Union on Thursday": a day or month after a connector ends the name.
    const dated = words.findIndex((w, k) => k > 0 && DATE_WORDS.test(w));
    if (dated > 0) words.splice(dated);
    while (words.length > 1 && CONNECTORS.has(words[words.length - 1]!)) words.pop();
    if (words[words.length - 1] === 'the') words.splice(-2);
    if (words.length < 2) continue;
    if (words.length > 9 || !words.slice(1, -1).some((w) => CONNECTORS.has(w))) continue;
    // "Ministry of ...", "National Institute for ...": an organization word (after at most one adjective) heads it.
    const headed = [0, 1].some(
      (k) => ORG_SUFFIXES.has(words[k]!.toLowerCase()) && (words[k + 1] === 'for' || words[k + 1] === 'of'),
    );
    const ended =
      ORG_SUFFIXES.has(words[words.length - 1]!.toLowerCase()) &&
      words.some((w) => w !== 'of' && w !== 'de' && CONNECTORS.has(w));
    if (!headed && !ended) continue;
    const start = (match.index ?? 0) + match[0].indexOf(words[0]!, offset);
    found.push({ name: words.join(' ').replace(/['’]s$/, ''), start });
  }
  return found;
}

/** "the CGT", "the CFDT": an acronym the text names as a body, with "the" before it and no noun after. */
export function acronymsAfterThe(text: string): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  const pattern =
    /\bthe\s+(\p{Lu}{3,5})(?=[,.;:)]|\s+(?:in|of|on|at|and|said|says|has|had|is|was|which|who|to|for)\b)/gu;
  for (const match of text.matchAll(pattern)) {
    if (NOT_ORG_WORDS.has(match[1]!.toLowerCase())) continue;
    found.push({ name: match[1]!, start: match.index + match[0].length - match[1]!.length });
  }
  return found;
}

/** Inside quotation marks: “We Will Not Withdraw” is a Title-Cased quote, not a name. */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, text.lastIndexOf('\n', at)), at);
  const opens = (before.match(/[“«]/g) ?? []).length;
  const closes = (before.match(/[”»]/g) ?? []).length;
  // Straight quotes open and close alike: an odd count before `at` means a quote is open.
  return opens > closes || (before.match(/"/g) ?? []).length % 2 === 1;
}

// Lower-case words that say a capitalised name before them is a political or business body.
const KIND_AFTER = /^(?:party|alliance|movement|coalition|bloc)(?![\p{L}-])/u;
const NAME_BEFORE_KIND =
  /(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}'’-]*\s+)(?:(?:and|of|for)\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3})(?=(?:party|alliance|movement|coalition|bloc)(?![\p{L}-]))/gu;

/** "the opposition Harmony Centre party", "the Justice and Truth alliance": a name a lower-case kind word follows. */
export function namesBeforeKind(text: string): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (const match of text.matchAll(NAME_BEFORE_KIND)) {
    const words = match[1]!.trim().split(/\s+/);
    let offset = 0;
    while (words.length > 1 && LEADING_NOISE.test(`${words[0]!} `)) offset += words.shift()!.length + 1;
    if (words.length === 0 || !KIND_AFTER.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    found.push({ name: words.join(' '), start: (match.index ?? 0) + offset });
  }
  return found;
}

// A lower-case kind word, then the names it introduces: "the unions ABVV and ACV", "the Danish group
// Maersk", "union ver.di"; and "Port of Rostock".
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’&-]*(?:\.\p{L}+)?(?:\s+\p{Lu}[\p{L}\p{M}'’&-]*){0,2}|\p{Ll}+\.\p{Ll}+)`;
const NAMES_AFTER_KIND = new RegExp(
  String.raw`\b(?:unions?|group|carmaker|airline|carrier|lender|broadcaster|insurer|retailer|operator|chipmaker|conglomerate)(?:\s+|(?<=unions),\s+)(${NAME}(?:(?:,\s*|\s+and\s+)${NAME})*)(?![\p{L}])`,
  'gu',
);
const PORT_OF = /\bPort\s+of\s+\p{Lu}[\p{L}\p{M}-]+/gu;

/** Names a lower-case kind word introduces ("the unions ABVV and ACV"), and ports ("Port of Rostock"). */
export function namesAfterKind(text: string): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (const match of text.matchAll(NAMES_AFTER_KIND)) {
    let at = (match.index ?? 0) + match[0].length - match[1]!.length;
    for (const part of match[1]!.split(/(,\s*|\s+and\s+)/)) {
      if (/\p{L}/u.test(part) && !/^(?:,\s*|\s+and\s+)$/.test(part) && !insideQuote(text, at))
        found.push({ name: part, start: at });
      at += part.length;
    }
  }
  for (const match of text.matchAll(PORT_OF)) found.push({ name: match[0], start: match.index ?? 0 });
  return found;
}

// "the match between Aberdeen and Hibernian", "the cup tie between Motherwell and Dundee United": the sides
// of a fixture are clubs even when their names are towns.
const SIDE = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}`;
const FIXTURE_SIDES = new RegExp(
  String.raw`\b(?:match|game|tie|replay|fixture|final|semi-final|derby|clash|encounter)\s+between\s+(${SIDE})\s+(?:and|v|vs\.?)\s+(${SIDE})`,
  'gu',
);
// "Hibernian manager Tony Mowbray", "scored for Hibernian".
const CLUB_OF_ROLE = new RegExp(
  String.raw`(?<![\p{L}])(${SIDE})\s+(?=(?:manager|head coach)\s+\p{Lu})`,
  'gu',
);
const SCORED_FOR = new RegExp(String.raw`\bscored\s+for\s+(${SIDE})`, 'gu');

/** Clubs named as the sides of a fixture, by the role of their staff, or by who scored for them. */
export function fixtureSides(text: string): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (const match of text.matchAll(FIXTURE_SIDES)) {
    const home = match[1]!;
    const away = match[2]!;
    const between = /between\s+/.exec(match[0])!;
    found.push({ name: home, start: match.index + between.index + between[0].length });
    found.push({ name: away, start: match.index + match[0].length - away.length });
  }
  for (const pattern of [CLUB_OF_ROLE, SCORED_FOR]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!.replace(LEADING_NOISE, '').replace(/['’]s$/, '');
      if (name.length > 0) found.push({ name, start: match.index + match[0].indexOf(name) });
    }
  }
  return found;
}
