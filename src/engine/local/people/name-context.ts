import { ORG_INTRODUCERS, ORG_SUFFIXES, VEHICLE_WORDS } from '../organizations/org-lexicon';
import { DESCRIPTORS } from './name-lexicon';
import type { Term } from './tagged-terms';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName'];

/** Person-looking words separated by commas and "and" around a mention: a list of people ("Bono, Dido and ..."). */
export function inListOfPeople(
  terms: readonly Term[],
  first: number,
  last: number,
  strongStarts: ReadonlySet<number>,
): boolean {
  const before = terms[first - 1];
  const after = terms[last + 1];
  const listBefore = before !== undefined && (before.lower === 'and' || /,\s*$/.test(before.post));
  const listAfter =
    after === undefined ||
    after.lower === 'and' ||
    /^[,.;]/.test(terms[last]!.post) ||
    after.sentence !== terms[last]!.sentence;
  if (!listBefore || !listAfter) return false;
  let people = 0;
  for (const start of strongStarts) if (terms[start]!.sentence === terms[first]!.sentence) people++;
  // "Marek Zieliński and Piotr Kowal": a full name joined by "and" to a known person is one too.
  const joined = after?.lower === 'and' && strongStarts.has(last + 2);
  return people >= 2 || (last > first && joined);
}

/**
 * Capitalised words that are not a person here: a company ("the company Minera Aurelia"), a name used
 * as a modifier ("the San Ramón mine"), or the tail of a hyphenated word ("CGT-Santé").
 */
export function namesSomethingElse(terms: readonly Term[], first: number, last: number): boolean {
  const before = terms[first - 1];
  const after = terms[last + 1];
  if (before?.post === '-') return true;
  // "Marks & Spencer", "Pacific Gas & Electric": an ampersand joins the words of a firm's name.
  if (/&/.test(terms[last]!.post) || /&/.test(before?.post ?? '')) return true;
  // "investor Lee Barr" is a person, "automaker Chrysler" a company: a descriptor of people before a first name.
  const personLike =
    PERSON_TAGS.some((tag) => terms[first]!.tags.has(tag)) ||
    (after?.lower === 'who' && /^,\s*$/.test(terms[last]!.post));
  const describesPerson = before !== undefined && DESCRIPTORS.has(before.lower) && personLike;
  if (
    before !== undefined &&
    /^ +$/.test(before.post) &&
    ORG_INTRODUCERS.has(before.lower) &&
    !describesPerson
  )
    return true;
  // "its Parker probe": a name before a vehicle word names the craft.
  if (after !== undefined && /^ +$/.test(terms[last]!.post) && VEHICLE_WORDS.has(after.lower)) return true;
  // "Rolls-Royce, which supplies": people are "who", things are "which".
  if (after?.lower === 'which' && /^,\s*$/.test(terms[last]!.post)) return true;
  // "Wuhan Iron and Steel": "and" then an organization word ends a company's name.
  const afterAnd = terms[last + 2];
  if (
    after?.lower === 'and' &&
    afterAnd !== undefined &&
    /^\p{Lu}/u.test(afterAnd.text) &&
    ORG_SUFFIXES.has(afterAnd.lower) &&
    /^[\s]*$/.test(terms[last]!.post)
  )
    return true;
  return (
    before?.lower === 'the' &&
    after !== undefined &&
    /^\s+$/.test(terms[last]!.post) &&
    /^\p{Ll}/u.test(after.text) &&
    after.tags.has('Noun') &&
    !after.tags.has('Verb') &&
    !terms[last]!.possessive
  );
}
