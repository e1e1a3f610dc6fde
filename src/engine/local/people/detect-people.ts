import type { Person } from '../../brief';
import { EVENT_WORDS, KNOWN_ACRONYMS, ORG_SUFFIXES } from '../organizations/org-lexicon';
import { insideQuote } from '../organizations/org-name-shapes';
import { mergePeople, type PersonMention } from './merge-people';
import { inListOfPeople, namesSomethingElse } from './name-context';
import {
  DESCRIPTORS,
  HONORIFICS,
  NAME_PARTICLES,
  VENUE_WORDS,
  NEVER_NAME_WORDS,
  ROLE_CONNECTORS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './name-lexicon';
import { appositiveRoleAfter, appositiveRoleBefore, isRoleWord, roleBefore } from './split-role';
import { capitalisedRuns, isCapitalised, isInitial, tagTerms, type Term } from './tagged-terms';

const MAX_NAME_WORDS = 4;
const STATE_WORDS =
  /^(?:Republic|Kingdom|Federation|Confederation|Commonwealth|Principality|Emirate|Sultanate)$/;
const PLURAL_HONORIFICS = new Set(['mm', 'messrs']);
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'ProperNoun'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName'];
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const AFTER_ROLE = new Set(['of', 'for', 'to', 'at']);
// "Islamic Jihad", "Democratic Unionist": words that start the name of a movement, never a person's name.
const BODY_ADJECTIVES = new Set([
  'islamic',
  'democratic',
  'socialist',
  'communist',
  'revolutionary',
  'popular',
]);
// "Jari Hiltunen, who heads the union, said": a relative clause between the name and its speech verb.
const SPEAKS_AFTER_CLAUSE =
  /^,\s+who\s+[^.;,]{3,150},\s+(?:said|says|told|added|warned|explained|insisted|argued)\b/;

const honorificOf = (term: Term | undefined): string | undefined =>
  term && HONORIFICS.has(term.lower.replace(/\.$/, '')) && isCapitalised(term.text)
    ? term.lower.replace(/\.$/, '')
    : undefined;

const isPlaceOnly = (term: Term): boolean =>
  (term.tags.has('Country') || term.tags.has('City') || term.tags.has('Region')) &&
  !term.tags.has('FirstName');

const isOrgWord = (term: Term): boolean =>
  (!isNameInitial(term) && ORG_SUFFIXES.has(term.lower)) ||
  KNOWN_ACRONYMS.has(term.text) ||
  (term.tags.has('Organization') && !term.tags.has('Person')) ||
  term.tags.has('Url') ||
  (!isNameInitial(term) && /^\p{Lu}[\p{Lu}&\d.]+$/u.test(term.text));

/** "J.K." in "J.K. Rowling": initials that are not a place ("U.S.") or a known acronym. */
function isNameInitial(term: Term): boolean {
  return (
    isInitial(term.text) &&
    (term.text.includes('.') || term.post.startsWith('.')) &&
    !KNOWN_ACRONYMS.has(term.text) &&
    !['Place', 'Country', 'Region', 'Organization'].some((tag) => term.tags.has(tag))
  );
}

/** A word that starts a run but is not a name: a title, nationality, place, honorific or common word. */
function isPrefixWord(term: Term): boolean {
  if (term.tags.has('FirstName') || isNameInitial(term)) return false;
  if (isRoleWord(term) || HONORIFICS.has(term.lower.replace(/\.$/, '')) || NEVER_NAME_WORDS.has(term.lower))
    return true;
  if (ROLE_CONNECTORS.has(term.lower) || isPlaceOnly(term) || isOrgWord(term)) return true;
  if (BODY_ADJECTIVES.has(term.lower)) return true;
  return !NAME_TAGS.some((tag) => term.tags.has(tag)) && !term.tags.has('Noun');
}

/** A word that cannot continue a name: a month, number, organization word or a word inside a role. */
const endsName = (term: Term): boolean =>
  NEVER_NAME_WORDS.has(term.lower) ||
  term.tags.has('Value') ||
  term.tags.has('Date') ||
  isOrgWord(term) ||
  (EVENT_WORDS.has(term.lower) && term.lower !== 'day') ||
  isRoleWord(term);

/** Finds every place the text names a person, with the role written around it. */
export function findPersonMentions(text: string, terms: readonly Term[]): PersonMention[] {
  const mentions: Array<PersonMention & { first: number; last: number; listCandidate: boolean }> = [];
  // Names the text shows to be a company or a thing; their other mentions are not people either.
  const elsewhere = new Set<string>();
  for (const run of capitalisedRuns(terms, NAME_PARTICLES)) {
    let begin = 0;
    while (begin < run.length && isPrefixWord(terms[run[begin]!]!)) begin++;
    // "President of the Republic Emmanuel Macron": the title's domain is not part of the name.
    if (run.length - begin >= 3 && STATE_WORDS.test(terms[run[begin]!]!.text)) begin++;
    // "former mayor of Chisinau Victor Rusu": the place of the role, then a first name, then the name.
    const lead = terms[run[begin]!];
    const beforeRun = terms[run[0]! - 1];
    if (
      begin === 0 &&
      run.length >= 3 &&
      beforeRun?.lower === 'of' &&
      lead !== undefined &&
      !lead.tags.has('FirstName') &&
      terms[run[1]!]!.tags.has('FirstName')
    )
      begin = 1;
    // "The Turkish President Recep Tayyip Erdoğan": a title inside the run ends the role; the name follows.
    for (let k = run.length - 2; k >= begin; k--) {
      if (TITLE_WORDS.has(terms[run[k]!]!.lower) && !terms[run[k + 1]!]!.tags.has('Date')) {
        begin = k + 1;
        while (begin < run.length && isPrefixWord(terms[run[begin]!]!)) begin++;
        break;
      }
    }
    // "Additional District Collector Om Prakash": in a long run, words with no person tag before the
    // person-tagged ones are the role.
    if (run.length - begin > 3) {
      const personAt = run.findIndex(
        (i, k) => k >= begin && PERSON_TAGS.some((tag) => terms[i]!.tags.has(tag)),
      );
      const rest = run.slice(personAt);
      const personal = (i: number): boolean =>
        PERSON_TAGS.some((tag) => terms[i]!.tags.has(tag)) || NAME_PARTICLES.has(terms[i]!.lower);
      if (personAt > begin && rest.length >= 2 && rest.every(personal)) begin = personAt;
    }
    // "the Maple Street Arena", "Harlan Brothers Band": a run that ends in a venue or band word is no person.
    if (run.slice(begin + 1).some((i) => VENUE_WORDS.has(terms[i]!.lower))) continue;
    // "Southern California Edison": one word after a place inside a run is the end of a longer name.
    const placeLed = begin > 0 && isPlaceOnly(terms[run[begin - 1]!]!) && run.length - begin === 1;
    if (
      placeLed &&
      !terms[run[begin]!]!.tags.has('FirstName') &&
      roleBefore(terms, run[begin]!, text) === undefined
    )
      continue;
    let end = begin;
    let nameWords = 0;
    while (end < run.length && nameWords < MAX_NAME_WORDS && !endsName(terms[run[end]!]!)) {
      if (!NAME_PARTICLES.has(terms[run[end]!]!.lower)) nameWords++;
      end++;
    }
    if (end === begin) continue;
    // "Sky One", "Channel 4": a number right after the words makes them a brand, not a person; "Baltic
    // Air Group", "Valletta Summer Festival": an organization or event word ends the name of a thing.
    const cutBy = end < run.length ? terms[run[end]!]! : undefined;
    if (cutBy && (cutBy.tags.has('Value') || NUMBER_WORDS.has(cutBy.lower))) continue;
    if (
      cutBy &&
      (ORG_SUFFIXES.has(cutBy.lower) || EVENT_WORDS.has(cutBy.lower)) &&
      !KNOWN_ACRONYMS.has(cutBy.text)
    )
      continue;
    // "the Justice and Truth alliance", "the Harmony Centre party": a name a kind word follows is a body.
    const kind = terms[run[end - 1]! + 1];
    if (
      kind &&
      /^\s+$/.test(terms[run[end - 1]!]!.post) &&
      /^(?:party|alliance|movement|coalition|bloc)$/.test(kind.text)
    )
      continue;
    // “We Have Asked Guarantees On The Safety”: a Title-Cased quote, not a name.
    if (run.length > 3 && insideQuote(text, terms[run[0]!]!.start)) continue;
    const first = run[begin]!;
    const last = run[end - 1]!;
    const nameTerms = terms.slice(first, last + 1);
    const words = nameTerms
      .map((term) => term.text)
      .filter((word) => !NAME_PARTICLES.has(word) || nameTerms.length > 2);
    if (words.some((word) => /\d/.test(word)) || nameTerms.every(isPlaceOnly)) continue;
    // "(R-Utah)", "D-Calif.": a party and a state, not a name.
    if (words.some((word) => /^\p{Lu}{1,2}-\p{Lu}/u.test(word))) continue;
    const honorific = honorificOf(terms[first - 1]);
    // "president of Dacia": a capitalised word after "of"/"for"/"to" completes a role; it is not the person.
    // Not after a verb: "according to Max Schrems", "spoke to Jane Doe".
    const connector = terms[first - 1];
    const ofWhat = terms[first - 2];
    const afterConnector =
      connector !== undefined &&
      AFTER_ROLE.has(connector.lower) &&
      /^\s+$/.test(connector.post) &&
      !(ofWhat !== undefined && ofWhat.tags.has('Verb') && !isRoleWord(ofWhat));
    if (afterConnector && honorific === undefined && !nameTerms.some((term) => term.tags.has('FirstName')))
      continue;
    const role =
      roleBefore(terms, first, text) ??
      appositiveRoleBefore(text, terms[first]!.start) ??
      appositiveRoleAfter(text, terms[last]!.end);
    if (namesSomethingElse(terms, first, last)) {
      elsewhere.add(text.slice(terms[first]!.start, terms[last]!.end));
      continue;
    }
    const next = terms[last + 1];
    const previous = terms[first - 1];
    // "Peskov said", "said Ben Whitcombe", "Priya Raman, ..., said".
    const speaks =
      (next !== undefined && /^\s*$/.test(terms[last]!.post) && SPEECH_VERBS.has(next.lower)) ||
      (previous !== undefined && /^\s+$/.test(previous.post) && SPEECH_VERBS.has(previous.lower)) ||
      SPEAKS_AFTER_CLAUSE.test(text.slice(terms[last]!.end, terms[last]!.end + 200));
    const tagged =
      nameTerms.some((term) => term.tags.has('FirstName')) ||
      nameTerms.some((term) => term.tags.has('Person') && !term.tags.has('Honorific'));
    const multi = words.length > 1;
    // "graduate student Ken Saito", "her neighbour Ana Ruiz": a noun that describes a person.
    const described =
      previous !== undefined && /^\s+$/.test(previous.post) && DESCRIPTORS.has(previous.lower);
    const strong = multi
      ? tagged || role !== undefined || honorific !== undefined || speaks || described
      : honorific !== undefined || role !== undefined || (tagged && !terms[first]!.tags.has('FirstName'));
    const withHonorific =
      honorific !== undefined && !PLURAL_HONORIFICS.has(honorific)
        ? `${terms[first - 1]!.text}${terms[first - 1]!.post.includes('.') ? '.' : ''} `
        : '';
    const mention = {
      words,
      surface: `${withHonorific}${text.slice(terms[first]!.start, terms[last]!.end)}`.replace(/\s+/g, ' '),
      start: terms[first]!.start,
      strong,
      first,
      last,
      listCandidate: !strong && (multi || nameTerms[0]!.tags.has('ProperNoun')),
    };
    if (role !== undefined) Object.assign(mention, { role });
    mentions.push(mention);
  }
  const strongStarts = new Set(mentions.filter((m) => m.strong).map((m) => m.first));
  for (const mention of mentions) {
    if (mention.listCandidate && inListOfPeople(terms, mention.first, mention.last, strongStarts))
      mention.strong = true;
  }
  return mentions
    .filter((mention) => !elsewhere.has(mention.surface))
    .map(({ first: _first, last: _last, listCandidate: _list, ...mention }) => mention);
}

/**
 * People who act or speak in `text`, one entry per person with role and aliases.
 * `terms` may be passed when the caller already tagged the text.
 */
export function detectPeople(text: string, terms: readonly Term[] = tagTerms(text)): Person[] {
  return mergePeople(findPersonMentions(text, terms));
}
