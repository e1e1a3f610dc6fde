import { TokenCursor } from '../document/token-cursor';
import { sentenceTerms, type SentenceTerm } from './sentence-terms';
import {
  isNounReadTimetableVerb,
  isPresentBeTimetable,
  looksLikePluralNoun,
  REPORTING_VERB,
  SAME_AS_PAST,
  timetableFollows,
} from './verb-shapes';
import { verbGroupDirection, type Direction } from './verb-direction';

export type { Direction } from './verb-direction';

interface VerbGroup {
  start: number;
  end: number;
  direction: Direction;
  /** A present-tense verb without auxiliary ("who play", "opens"): a timetable when it governs a weekday. */
  simplePresent?: boolean;
  /** "is", "is announced": a timetable only for a weekday after it ("Kickoff is at 3 p.m. Saturday"). */
  copular?: boolean;
}

// Words right before the expression that fix its direction whatever the verb says.
const PAST_BEFORE = /\b(?:last|past|previous|since|earlier|early\s+last|late\s+last)\s+$/i;
const PAST_AFTER = /^\s*(?:ago|earlier|before\s+that)\b/i;
const FUTURE_BEFORE =
  /\b(?:next|coming|upcoming|forthcoming|ahead\s+of|approach\s+of|run-up\s+to|(?:re)?scheduled\s+(?:for|on)|set\s+for|slated\s+for|planned\s+for|due\s+(?:on|in|by)?|later|this\s+coming|from\s+now)\s+(?:the\s+|on\s+|in\s+)?$/i;
// A call for a protest or a vote on a day is a call for a future one ("called for a general strike on
// Friday"); a call for calm or an inquiry "on Friday" was made that day, so only such event nouns count.
const CALLED_FOR_BEFORE =
  /\b(?:call(?:s|ed)?|appeal(?:s|ed)?|urg(?:es|ed)|ask(?:s|ed)?|request(?:s|ed)?|demand(?:s|ed)?)\s+for\s+(?:(?:a|an|the|new|fresh)\s+)?(?:[\w-]+\s+){0,2}(?:strikes?|march|protests?|rally|demonstrations?|walkout|boycott|referendum|elections?|vote|sit-in|shutdown|meeting|talks|session|hearing)(?:\s+with\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:on|for)\s+$/i;
// A move of an event to a new date: the date is where it now stands ("adjourned the case to June 4",
// "postponed on Thursday to June 20", "pushed back until March").
const MOVED_TO_BEFORE =
  /\b(?:adjourned|postponed|delayed|deferred|moved|pushed\s+back|put\s+off|rescheduled|brought\s+forward|remanded|bailed)\b[^.;:]{0,50}?\b(?:to|until|till|for)\s+(?:the\s+|on\s+)?$/i;
// An arrangement made for a day is for a coming one: "has convened the parties for Thursday", "announced
// a strike for Tuesday, October 17", "proclaimed by the union for Friday 24 May".
const ARRANGED_FOR_BEFORE =
  /\b(?:convened|convenes|convene|summoned|summons|invited|invites|announced|announces|proclaimed|called|calls|fixed|booked|arranged|organi[sz]ed|set)\b[^.;:]{0,60}?\bfor\s+$/i;
// "ordered a lockdown from July 10": the start of a period a decision set, near the writing on either
// side; the nearest such day, not a year back because the verb is past.
const DECREED_FROM_BEFORE =
  /\b(?:ordered|orders|imposed|imposes|announced|announces|declared|declares|extended|extends|approved|approves|introduced|introduces)\b[^.;:]{0,50}?\b(?:from|starting|effective|beginning)\s+(?:on\s+)?$/i;
// Words after the expression that open another clause, whose verbs do not govern it. "that" counts only
// right after the date ("said late Tuesday that he would not run": "would" is the plan, Tuesday the saying).
const SUBORDINATOR_AFTER =
  /^\s*that\b|^[^]*?(?:,\s*|\s)(?:after|before|when|while|as|because|since|until|unless|although|though|whereas|where|which|who|whom|whose|if)\b|^[^]*?,\s+(?:and|but)\s/i;
// Weaker hints, used only when no verb decides.
const FUTURE_WEAK_BEFORE =
  /\b(?:until|till|by|from|starting|beginning|effective|before)\s+(?:the\s+|on\s+)?$/i;
const FUTURE_NOUN_CUE =
  /\b(?:upcoming|forthcoming|ahead of|approach of|run-up to|scheduled|planned|expected|due to|set to)\b/i;

type TaggedTerm = SentenceTerm;

/** The token `offset` places from the cursor is a verb that is not a date ("May", "March"). */
const isVerbAt = (cursor: TokenCursor, offset: number): boolean =>
  cursor.is('Verb', offset) && !cursor.is('Date', offset);

// A weekday alone, or after a time of day ("7 p.m. EST on Tuesday"); trailing punctuation is trimmed first.
const BARE_WEEKDAY_PHRASE =
  /^(?:(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s+)?(?:on\s+)?)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/i;

/** The tense of a verb group from its auxiliaries and its last verb (compromise's per-word tags). */
function groupTense(terms: TaggedTerm[]): { tense?: string; form?: string } {
  const aux = terms
    .filter((t) => t.tags.has('Auxiliary') || t.tags.has('Modal'))
    .map((t) => t.text.toLowerCase());
  const main =
    [...terms]
      .reverse()
      .find((t) => !t.tags.has('Particle') && !t.tags.has('Adverb') && !t.tags.has('Negative')) ??
    terms[terms.length - 1]!;
  if (aux.some((a) => /^(?:will|shall|'ll|wo)$/.test(a))) return { tense: 'FutureTense' };
  if (aux.some((a) => /^(?:was|were|had|did)$/.test(a))) return { tense: 'PastTense' };
  if (aux.some((a) => /^(?:has|have)$/.test(a)) && main.tags.has('PastTense')) return { tense: 'PastTense' };
  if (aux.length > 0) return { tense: 'PresentTense' };
  if (main.tags.has('Gerund')) return { form: 'gerund' };
  if (main.tags.has('PastTense')) return { tense: 'PastTense' };
  if (main.tags.has('PresentTense') || main.tags.has('Infinitive')) return { tense: 'PresentTense' };
  return {};
}

/** The verb groups of a sentence with the direction each gives to dates around it. */
export function verbGroups(
  sentence: string,
  terms: readonly SentenceTerm[] = sentenceTerms(sentence),
): VerbGroup[] {
  const groups: VerbGroup[] = [];
  const cursor = new TokenCursor(terms);
  const isVerb = (offset: number): boolean => cursor.is('Verb', offset) && !cursor.is('Date', offset);
  while (!cursor.done) {
    if (!isVerb(0)) {
      const at = cursor.peek()!;
      if (isNounReadTimetableVerb(terms, cursor.index))
        groups.push({ start: at.start, end: at.end, direction: 'unknown', simplePresent: true });
      cursor.advance();
      continue;
    }
    const first = cursor.index;
    const end = cursor.fork();
    // Extend over verbs, particles and the adverbs or "not" between an auxiliary and its verb.
    while (
      end.peek(1) !== undefined &&
      (isVerbAt(end, 1) || ((end.is('Adverb', 1) || end.is('Negative', 1)) && end.is('Verb', 2)))
    ) {
      if (/[,;:.!?]$/.test(sentence.slice(end.peek()!.end, end.peek(1)!.start).trim())) break;
      end.advance();
    }
    const group = cursor.span(end.index - first);
    const start = group[0]!.start;
    const stop = group[group.length - 1]!.end;
    cursor.seek(end.index + 1);
    if (group.length === 1 && looksLikePluralNoun(terms, first)) continue;
    let direction = verbGroupDirection(sentence, start, stop, groupTense(group));
    // "will attempt to launch", "will be able to register": an infinitive takes the tense of its governor.
    const previous = groups[groups.length - 1];
    if (
      direction === 'unknown' &&
      previous &&
      previous.direction !== 'unknown' &&
      start - previous.end < 40 &&
      /^\s+(?:(?:able|unable|about|ready|likely|due|set|going|trying|hoping|planning|expected|not)\s+)?to\s+$/i.test(
        sentence.slice(previous.end, start),
      )
    )
      direction = previous.direction;
    // "the union plans to hold a rally": a present verb of intention before a future infinitive is future.
    if (
      direction === 'future' &&
      previous?.direction === 'unknown' &&
      /^\s+to\s+$/i.test(sentence.slice(previous.end, start))
    ) {
      previous.direction = 'future';
      delete previous.simplePresent;
    }
    if (!direction) continue;
    const tense = groupTense(group);
    const lastComma = sentence.lastIndexOf(',', start);
    const before = new TokenCursor(terms, first).peek(-1);
    const copular = isPresentBeTimetable(group);
    const simplePresent =
      direction === 'unknown' &&
      tense.tense === 'PresentTense' &&
      (copular ||
        !group.some((t) => t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula'))) &&
      !REPORTING_VERB.test(sentence.slice(start, stop)) &&
      !SAME_AS_PAST.test(sentence.slice(start, stop)) &&
      !/\bto\s+$/i.test(sentence.slice(Math.max(0, start - 8), start)) &&
      // the first verb of its comma segment, not a noun after a determiner ("a 20% rise")
      !((previous?.start ?? -1) > lastComma) &&
      !['Determiner', 'Value', 'Adjective', 'Possessive'].some((t) => before?.tags.has(t) === true) &&
      timetableFollows(end.peek(1), end.peek(2));
    const found: VerbGroup = { start, end: stop, direction };
    if (simplePresent) found.simplePresent = true;
    if (simplePresent && copular) found.copular = true;
    groups.push(found);
  }
  return groups;
}

// Hard clause edges: a verb beyond one of these does not govern the date.
const HARD_EDGE = /[;()\u2014]|\s--\s|\s–\s|:\s|[“”"]/g;

function clauseBounds(sentence: string, start: number, end: number): [number, number] {
  let left = 0;
  let right = sentence.length;
  for (const m of sentence.matchAll(HARD_EDGE)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= start) left = at + m[0].length;
    else if (at >= end && at < right) right = at;
  }
  return [left, right];
}

/**
 * The direction the sentence gives to the expression at [start, end): first words that fix it ("last",
 * "since", "next", "ahead of"), then the tense of the nearest verb group in its clause ("will", "plans
 * to", "is due to" → future; a past form → past; present → unknown), then weak hints ("until", "by").
 */
export function dateDirection(
  sentence: string,
  start: number,
  end: number,
  groups = verbGroups(sentence),
): Direction {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 20);
  if (PAST_BEFORE.test(before) || PAST_AFTER.test(after)) return 'past';
  const wideBefore = sentence.slice(Math.max(0, start - 80), start);
  if (
    FUTURE_BEFORE.test(before) ||
    MOVED_TO_BEFORE.test(wideBefore) ||
    CALLED_FOR_BEFORE.test(wideBefore) ||
    ARRANGED_FOR_BEFORE.test(wideBefore)
  )
    return 'future';
  if (DECREED_FROM_BEFORE.test(wideBefore)) return 'unknown';
  const [left, hardRight] = clauseBounds(sentence, start, end);
  // "on May 29 charged with", "on Saturday, August 24, after the league published": a participle right
  // after the date, or a verb beyond a subordinator or ", and", belongs to another clause when a verb
  // before the date governs it.
  const opener = SUBORDINATOR_AFTER.exec(sentence.slice(end, hardRight));
  const participleAfter = /^\s+\w+ed\s+(?:with|by|in|for|of|on|at|over)\b/i.exec(
    sentence.slice(end, hardRight),
  );
  const governedBefore = groups.some((g) => g.end <= start && g.end > left);
  const cut = participleAfter ? 0 : opener ? opener[0].length : undefined;
  // "Abbas, who replaced Arafat on Thursday, is expected ...", "from 20 November, the commission said":
  // when a verb of the date's own comma segment comes before it, verbs beyond the next comma do not govern.
  const segmentStart = Math.max(left, sentence.lastIndexOf(',', start - 1) + 1);
  const nextComma = sentence.indexOf(
    ',',
    start + sentence.slice(start, end).replace(/[\s,.;:]+$/, '').length,
  );
  const ownVerbBefore = groups.some((g) => g.start >= segmentStart && g.end <= start);
  let right = governedBefore && cut !== undefined ? end + cut : hardRight;
  if (ownVerbBefore && nextComma >= 0 && nextComma < right) right = nextComma;
  // "With the approach of talks on January 10 in Vienna, ...": a verbless phrase with a future noun cue.
  const commaLeft = Math.max(left, sentence.lastIndexOf(',', start) + 1);
  const commaRightAt = sentence.indexOf(',', end);
  const commaRight = Math.min(right, commaRightAt < 0 ? sentence.length : commaRightAt);
  if (
    FUTURE_NOUN_CUE.test(sentence.slice(commaLeft, start)) &&
    !groups.some((g) => g.start < commaRight && g.end > commaLeft)
  )
    return 'future';
  let best: { distance: number; direction: Direction; simplePresent?: boolean } | undefined;
  for (const g of groups) {
    if (g.end <= left || g.start >= right) continue;
    if (g.start < end && g.end > start) continue; // the expression itself ("Monday" read as a verb)
    // "will hold an address on Saturday to urge calm": a tenseless verb after the date defers to one before.
    if (g.start >= end && g.direction === 'unknown' && governedBefore) continue;
    const distance = g.end <= start ? start - g.end : (g.start - end) * 1.5;
    // A copula after the date is the predicate of a phrase about it ("the attack on Sunday is ..."), no timetable.
    const timetable = g.simplePresent === true && (g.copular !== true || g.end <= start);
    if (!best || distance < best.distance)
      best = { distance, direction: g.direction, simplePresent: timetable };
  }
  if (best && best.direction !== 'unknown') return best.direction;
  // "Tipperary and Galway, who play in Limerick on Saturday", "the show opens on Friday": a timetable.
  if (
    best?.simplePresent &&
    BARE_WEEKDAY_PHRASE.test(
      sentence
        .slice(start, end)
        .replace(/[\s,;:]+$/, '')
        .trim(),
    )
  )
    return 'future';
  const clauseBefore = sentence.slice(left, start);
  if (FUTURE_NOUN_CUE.test(clauseBefore.slice(-80))) return 'future';
  if (FUTURE_WEAK_BEFORE.test(before)) return 'future';
  if (!best) {
    // No verb in the clause: fall back to the nearest verb group of the whole sentence.
    let nearest: { distance: number; direction: Direction } | undefined;
    for (const g of groups) {
      if (g.start < end && g.end > start) continue;
      const distance = g.end <= start ? start - g.end : g.start - end;
      if (!nearest || distance < nearest.distance) nearest = { distance, direction: g.direction };
    }
    if (nearest) return nearest.direction;
  }
  return 'unknown';
}
