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
