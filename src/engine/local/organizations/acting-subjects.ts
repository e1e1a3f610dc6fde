import { NEVER_NAME_WORDS, TITLE_WORDS } from '../people/name-lexicon';
import type { Term } from '../people/tagged-terms';
import { isListedPlace } from '../people/tagged-terms';
import { ACTING_AUXILIARIES, FACILITY_WORDS, NOT_ORG_WORDS } from './org-lexicon';
import type { OrgCandidate } from './org-name-shapes';

/** Verbs a company or body does as the subject ("Trenitalia said", "KPMG audited", "Airbus delivered"). */
const ORG_VERBS = new Set(
  (
    'said says announced announces reported reports delivered delivers audited declined welcomed confirmed denied ' +
    'posted warned rejected urged accused certified launched unveiled acquired bought sold agreed appealed ' +
    'sued filed issued published informs informed offer offers offered plans planned expects expected cut cuts ' +
    'hired opened closed raised launches'
  ).split(/\s+/),
);

/** Tags that make a capitalised word a person, a place, a date or a common word rather than a body's name. */
const NOT_BODY_TAGS = [
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Honorific',
  'Place',
  'Country',
  'City',
  'Region',
  'Demonym',
  'Date',
  'Month',
  'WeekDay',
  'Plural',
  'Pronoun',
  'Value',
  'Adjective',
];

/** Common words that start sentences as subjects of "said" without naming one body. */
const GROUP_NOUNS = new Set(
  'police government officials authorities everyone nobody somebody someone company spokesman spokeswoman'.split(
    ' ',
  ),
);

const PERSON_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region']);

/** `thing`: a "which" clause follows, so person tags do not count; `inName`: place tags count only alone. */
const isBodyWord = (term: Term, thing: boolean, inName: boolean): boolean =>
  /^\p{Lu}/u.test(term.text) &&
  !NOT_BODY_TAGS.some(
    (tag) => term.tags.has(tag) && !(thing && PERSON_TAGS.has(tag)) && !(inName && PLACE_TAGS.has(tag)),
  ) &&
  !NEVER_NAME_WORDS.has(term.lower) &&
  !NOT_ORG_WORDS.has(term.lower) &&
  !(isListedPlace(term.lower) && !inName) &&
  !TITLE_WORDS.has(term.lower) &&
  !GROUP_NOUNS.has(term.lower);

/** The capitalised words ending at `last` (up to three), or undefined when one is not a body's word. */
function nameEndingAt(terms: readonly Term[], last: number, thing: boolean): number[] | undefined {
  const run: number[] = [];
  for (let i = last; i >= 0 && run.length < 3; i--) {
    const term = terms[i]!;
    if (!/^\p{Lu}/u.test(term.text) || (i < last && !/^ +$/.test(term.post))) break;
    // "Ukraine's Supreme Court": the owner before the name is not part of it.
    if (term.sentence !== terms[last]!.sentence || (i < last && term.possessive)) break;
    run.unshift(i);
  }
  // "Rio Tinto": a place word inside a longer name is part of it; the name is not all places.
  // "Heathrow Airport said": a facility that acts is the body that runs it.
  const inName =
    run.length > 1 &&
    (FACILITY_WORDS.has(terms[last]!.lower) ||
      !run.every((i) => [...PLACE_TAGS].some((tag) => terms[i]!.tags.has(tag))));
  if (run.length === 0 || !run.every((i) => isBodyWord(terms[i]!, thing, inName))) return undefined;
  // The name must start the clause: a sentence start, or a list ("Hamas and Islamic Jihad").
  const before = terms[run[0]! - 1];
  const starts =
    before === undefined ||
    before.sentence !== terms[run[0]!]!.sentence ||
    before.lower === 'and' ||
    /,\s*$/.test(before.post);
  return starts ? run : undefined;
}

/**
 * "Trenitalia said", "KPMG audited", "Hamas and Islamic Jihad said", "Rio Tinto and BHP Billiton, the two
 * largest suppliers, declined": capitalised names that are the subject of a verb a body does, and are
 * tagged neither as people nor as places. The caller still drops names that are people.
 */
export function actingSubjects(text: string, terms: readonly Term[]): OrgCandidate[] {
  const found: OrgCandidate[] = [];
  for (let v = 1; v < terms.length; v++) {
    if (!ORG_VERBS.has(terms[v]!.lower) || !terms[v]!.tags.has('Verb')) continue;
    let last = v - 1;
    let thing = false;
    // "Meta will offer", "Skyward has confirmed": one auxiliary between the subject and its verb.
    if (last > 0 && ACTING_AUXILIARIES.has(terms[last]!.lower) && /^ +$/.test(terms[last - 1]!.post)) last--;
    // "Jazztel, one of the operators that complained, welcomed": skip an appositive between commas.
    if (/^,\s*$/.test(terms[last]!.post)) {
      let k = last;
      while (k > 0 && v - k < 14 && !/,\s*$/.test(terms[k - 1]!.post)) k--;
      if (k === 0 || terms[k - 1]!.sentence !== terms[v]!.sentence || !/^,\s*$/.test(terms[k - 1]!.post))
        continue;
      last = k - 1;
      thing = terms[k]!.lower === 'which';
    } else if (!/^ +$/.test(terms[last]!.post)) continue;
    // Walk the list back: "X, Y and Z said".
    for (;;) {
      const run = nameEndingAt(terms, last, thing);
      if (run === undefined) break;
      const start = terms[run[0]!]!.start;
      found.push({ name: text.slice(start, terms[last]!.end).replace(/['’]s$/, ''), start });
      const before = terms[run[0]! - 1];
      if (before === undefined || before.sentence !== terms[last]!.sentence) break;
      if (before.lower === 'and') last = run[0]! - 2;
      else if (/,\s*$/.test(before.post)) last = run[0]! - 1;
      else break;
      if (last < 0) break;
    }
  }
  return found;
}
