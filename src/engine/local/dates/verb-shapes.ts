import { en } from '../lexicon/en';
import type { SentenceTerm } from './sentence-terms';

// Shapes of words that compromise tags as verbs, for the tense of a date: which are nouns, which past.

export const REPORTING_VERB =
  /^(?:says|say|tells|tell|adds|add|reports|report|writes|write|thinks|think|believes|believe|knows|know)$/i;
// Verbs whose past form is their present form: "Waterford beat Cork on Sunday" is a result, not a fixture.
export const SAME_AS_PAST =
  /^(?:beat|put|set|cut|hit|let|cost|hurt|quit|shut|spread|bet|cast|read|split|upset|burst|bid|broadcast|forecast)$/i;

/**
 * What follows a timetable verb: a preposition, a particle, a name, a determiner or a singular noun ("play
 * at", "kicks off", "meet Cork", "opens the season", "returns home"); "shares rose" is no timetable.
 */
export function timetableFollows(next: SentenceTerm | undefined, afterNext?: SentenceTerm): boolean {
  if (!next) return true;
  return (
    ['Preposition', 'Particle', 'ProperNoun', 'Determiner', 'Possessive', 'Adverb', 'Date', 'Value'].some(
      (t) => next.tags.has(t),
    ) ||
    // "takes statehood bid to UN Friday", "returns home on Thursday"; not "shares rose 6 percent", where
    // compromise reads the verb "rose" as a noun before an amount.
    ((next.tags.has('Singular') || next.tags.has('Uncountable')) &&
      !next.tags.has('Verb') &&
      afterNext?.tags.has('Value') !== true)
  );
}

/**
 * compromise reads some plural nouns as verbs ("after riots outside parliament", "the shares"): a lone
 * present-tense "-s" word right after a preposition, determiner or adjective is a noun, not a verb.
 */
export function looksLikePluralNoun(terms: readonly SentenceTerm[], index: number): boolean {
  const term = terms[index]!;
  const prev = terms[index - 1];
  if (!prev || !/[^s]s$/i.test(term.text) || !term.tags.has('PresentTense')) return false;
  if (/^to$/i.test(prev.text)) return true; // "lost two shows to storms": no infinitive ends in -s
  return ['Preposition', 'Determiner', 'Adjective', 'Possessive'].some((tag) => prev.tags.has(tag));
}

// Passive participles that report a state or a claim, not a timetable ("are accused of", "is believed").
const STATIVE_PARTICIPLE =
  /^(?:accused|suspected|believed|thought|said|reported|alleged|known|feared|charged|seen|considered|understood|estimated|expected|due|set|scheduled|planned|slated|based|located|owned|run|led|made|used|needed|required|married|involved|concerned|worried|pleased|interested|based)$/i;

/**
 * "Kickoff is at 3 p.m. Saturday", "the winner is announced on Friday": a present copula, alone or with
 * a passive participle, states a timetable when it governs a weekday after it (not a claim: "is
 * believed", "are accused").
 */
export function isPresentBeTimetable(group: readonly SentenceTerm[]): boolean {
  const [be, participle, ...rest] = group;
  if (!be || rest.length > 0 || !/^(?:is|are)$/i.test(be.text)) return false;
  if (!participle) return true;
  return participle.tags.has('PastTense') && !STATIVE_PARTICIPLE.test(participle.text);
}

const TIMETABLE_VERBS = new Set(en.dates.timetableVerbs ?? []);

/**
 * "The home side play Sunday", "United play Sunday at home": a timetable verb that the tagger read as a
 * noun, right after its subject (a noun or a capitalised name, no determiner) and right before a weekday
 * or a preposition and a date.
 */
export function isNounReadTimetableVerb(terms: readonly SentenceTerm[], index: number): boolean {
  const term = terms[index]!;
  const prev = terms[index - 1];
  const next = terms[index + 1];
  if (!prev || !next || term.tags.has('Verb') || !TIMETABLE_VERBS.has(term.text.toLowerCase())) return false;
  const subject =
    (prev.tags.has('Noun') || (/^\p{Lu}/u.test(prev.text) && prev.tags.has('Adjective'))) &&
    !prev.tags.has('Date') &&
    !prev.tags.has('Possessive') &&
    !prev.tags.has('Determiner');
  const dated =
    next.tags.has('Date') ||
    (terms[index + 2]?.tags.has('Date') === true && /^(?:on|at|in)$/i.test(next.text));
  return subject && dated;
}
