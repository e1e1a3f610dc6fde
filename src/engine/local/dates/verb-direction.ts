/** Which way a date expression points from the time of writing. */
export type Direction = 'past' | 'future' | 'unknown';

const REPORTED_BEFORE =
  /\b(?:said|says|told|announced|added|stated|confirmed|promised|expects?|expected|hoped|hopes)\b[^.;:]{0,60}$/i;
// Words of a plan or schedule used as a bare participle ("a vote scheduled for", "the planned summit").
const PLAN_PARTICIPLE = /^(?:re)?(?:scheduled|planned|slated|expected|set|due)$/;
const PRONOUN_SUBJECT_BEFORE =
  /\b(?:i|you|he|she|it|we|they|anyone|anybody|everyone|everybody|someone|somebody|nobody|no\s+one)\s+$/i;
const DETERMINER_BEFORE = /\b(?:a|an|the|its|his|her|their|our|this|that|these|those)\s+$/i;
// An infinitive of intention or schedule: "plans to stand down", "is due to", "is set to".
const INTENT_BEFORE =
  /\b(?:plans?|planned|planning|intends?|intended|intending|expects?|expected|aims?|aimed|hopes?|hoped|wants?|wanted|wish(?:es|ed)?|seeks?|sought|promised|pledged|vowed|agreed|decided|offered|proposed|invited|threatened|voted|set|due|scheduled|slated|poised|likely|about|ready|prepared|going|is|are|am|was|were|ought|has|have)\s+to\s+(?:be\s+)?$/i;

/**
 * The direction one verb group gives to the dates it governs, from its own words and the words right
 * before it: a plan word or future auxiliary → future, a past form → past, a present form → unknown;
 * undefined when the group is no clause verb (an adjective participle, a gerund).
 */
export function verbGroupDirection(
  sentence: string,
  start: number,
  end: number,
  grammar: { tense?: string; form?: string } | undefined,
): Direction | undefined {
  const phrase = sentence.slice(start, end).toLowerCase();
  const before = sentence.slice(Math.max(0, start - 40), start);
  const word = phrase.trim();
  // "a vote scheduled for", "the planned summit": a plan word alone points ahead.
  // ... but after a pronoun it is the clause's past verb: "larger than anyone expected in August".
  if (PLAN_PARTICIPLE.test(word))
    return PRONOUN_SUBJECT_BEFORE.test(before) && /ed$/.test(word) ? 'past' : 'future';
  // "a televised address": a participle after a determiner is an adjective, not the clause's verb.
  if (/^\w+ed$/.test(word) && DETERMINER_BEFORE.test(before)) return undefined;
  // "If approved in May, ...", "unless ratified by June": a condition on a participle is still to come.
  if (/^\w+ed$/.test(word) && /\b(?:if|unless|once)\s+$/i.test(before)) return 'future';
  if (/\b(?:will|shall|wo|won't|'ll|may|might|gonna)\b|’ll\b|\bgoing to\b/.test(phrase)) return 'future';
  if (INTENT_BEFORE.test(before)) return 'future';
  // "the final, to be played on May 19": a passive infinitive is a plan still to be carried out.
  if (/^be\s+\w+(?:ed|en|wn|un)$/.test(word) && /(?:^|[\s,(])to\s+$/i.test(before)) return 'future';
  // "A March 12 review has been scheduled": a plan made is a plan ahead.
  if (/\b(?:has|have)\s+(?:been\s+)?(?:re)?(?:scheduled|planned|slated|set)\b/.test(phrase)) return 'future';
  if (/\b(?:will|shall|may|might)\s+(?:not\s+|also\s+|still\s+|then\s+|soon\s+)?$/i.test(before))
    return 'future';
  if (
    /\b(?:is|are|was|were)\s+(?:expected|scheduled|slated|due|set|poised|planned|planning|preparing|going)\b/.test(
      phrase,
    )
  )
    return 'future';
  if (/^(?:is|are)\s+(?:to|due|set)\b/.test(sentence.slice(start, start + 12).toLowerCase())) return 'future';
  // "said it would show the phone at the end of February": a reported plan points ahead.
  if (/\bwould\b/.test(phrase) && REPORTED_BEFORE.test(sentence.slice(Math.max(0, start - 80), start)))
    return 'future';
  if (/\b(?:would|could|should)\b/.test(phrase)) return 'unknown';
  const tense = grammar?.tense;
  if (tense === 'FutureTense') return 'future';
  if (tense === 'PastTense') {
    // A bare participle after a comma ("discussions, led by ...") is not the clause's verb.
    if (/^\w+ed$/.test(word) && /^\s+by\b/.test(sentence.slice(end)) && /,\s*$/.test(before))
      return undefined;
    return 'past';
  }
  if (
    grammar?.form === 'gerund' ||
    (/ing$/.test(phrase.trim()) && !/\b(?:is|are|am|was|were)\b/.test(phrase))
  )
    return undefined;
  if (tense === 'PresentTense') return /\b(?:was|were|had|did)\b/.test(phrase) ? 'past' : 'unknown';
  return undefined;
}
