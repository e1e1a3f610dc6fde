import { clauseLabel } from './clause-label';
import { sentenceTerms, type SentenceTerm } from './sentence-terms';

// Nouns that name an event a reader would put in a calendar.
const EVENT_NOUN =
  /\b(talks|negotiations|meeting|meetings|summit|conference|vote|votes|referendum|ballot|election|elections|primary|trial|hearing|hearings|verdict|sentencing|ruling|launch|release|debut|premiere|opening|ceremony|inauguration|visit|deadline|sale|auction|strike|walkout|protest|march|rally|match|final|game|race|tournament|festival|show|exhibition|fair|expo|congress|session|debate|signing|deal|agreement|treaty|update|announcement|report|results|earnings|speech|address|rollout|delivery|flight|mission|test|review|inquiry|consultation|forum|assembly|meet|tour|concert|funeral|wedding|anniversary|celebration|handover|takeover|merger|listing|ipo|dividend|payout|payment|appearance|testimony|recess|plenary|count|kickoff|kick-off|closure|expiry|runoff|run-off|by-election|primaries|caucus|caucuses|hearing|audit|inspection|unveiling|presentation|briefing|conference|lift-off|liftoff|landing|walkouts|strikes|protests|rallies|fixture|derby|opener|workshop|workshops|seminar|gala|performance|decision|publication|debates|registration|separation|expiry)\b/gi;
const LEADING_JUNK =
  /^(?:(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|which|who|and|but|then|also|so)\s+)+/i;
const TRAILING_PREPOSITION =
  /\s+(?:on|in|at|by|from|for|until|till|to|of|during|before|after|around|about|as|and|the|a|an|with)$/i;
const ACRONYM_AFTER =
  /^(?:[^.;]|\.(?=\s+[a-z])){0,120}?\(([A-Z][A-Z&-]{1,7})\)|^(?:[^.;]|\.(?=\s+[a-z])){0,60}?\b(?:of|by|from|with)\s+(?:the\s+)?([A-Z][A-Z&-]{1,7})\b/;

function clean(label: string): string {
  let out = label
    .replace(/[“”"«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  out = out.replace(/[,;:.!?)(]+$/, '').replace(LEADING_JUNK, '');
  for (let i = 0; i < 3; i++) out = out.replace(TRAILING_PREPOSITION, '');
  return out.trim();
}

// Between the event noun and the date: a clause edge, so the noun belongs to another event.
const OTHER_CLAUSE =
  /[;]|\b(?:said|says|while|although|after|before|when|which|who|because|if|whether)\b|,\s+(?:and|but)\b/;
// Before the date: "X said (that)", after which the label's clause starts.
const SPEECH =
  /^.*\b(?:said|says|announced|told\s+[\w ]{1,30}?|added|warned|confirmed|stated)\s+(?:that\s+)?/i;
const MODIFIER_TAGS = ['Adjective', 'Noun', 'ProperNoun', 'Acronym', 'Value', 'Possessive'];

/** The word of `terms` covering [at, stop), if any. */
const termAt = (terms: readonly SentenceTerm[], at: number, stop: number): number =>
  terms.findIndex((t) => t.start <= at && t.end >= stop);

/**
 * True when the event word at `index` is the head of a noun phrase: a noun, not a verb ("will vote"),
 * and not a modifier of the next word ("final official count", "launch ceremony").
 */
function isHeadNoun(terms: readonly SentenceTerm[], index: number, sentence: string): boolean {
  const term = terms[index];
  if (!term) return true;
  const prev = terms[index - 1];
  // "an extraordinary general meeting": after a determiner or adjective the word is a noun, whatever the tag.
  const nounByPlace = prev !== undefined && (prev.tags.has('Determiner') || prev.tags.has('Adjective'));
  if (!nounByPlace && (!term.tags.has('Noun') || term.tags.has('Verb'))) return false;
  const next = terms[index + 1];
  if (!next || !/^\s+$/.test(sentence.slice(term.end, next.start))) return true;
  return !(next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Date'));
}

/** Start of the noun phrase ending at `index`: the adjectives and nouns written right before it. */
function phraseStart(terms: readonly SentenceTerm[], index: number, sentence: string): number {
  let first = index;
  while (first > 0) {
    const prev = terms[first - 1]!;
    if (!/^[\s-]*$/.test(sentence.slice(prev.end, terms[first]!.start))) break;
    if (!MODIFIER_TAGS.some((tag) => prev.tags.has(tag)) || prev.tags.has('Pronoun') || prev.tags.has('Date'))
      break;
    if (prev.tags.has('Verb') && !prev.tags.has('Adjective')) break;
    first--;
  }
  return terms[first]!.start;
}

/**
 * A short label for the event a date belongs to ("Russia-NATO meeting", "OSCE meeting"): the noun phrase
 * of the event noun nearest to the date (talks, meeting, vote, summit, trial, launch...), else the clause
 * that leads to the date ("Akerson plans to stand down").
 */
export function eventLabel(
  sentence: string,
  start: number,
  end: number,
  terms: readonly SentenceTerm[] = sentenceTerms(sentence),
): string {
  let best: { at: number; end: number; distance: number; index: number } | undefined;
  for (const m of sentence.matchAll(EVENT_NOUN)) {
    const at = m.index ?? 0;
    if (at >= start && at < end) continue;
    const stop = at + m[0].length;
    const distance = stop <= start ? start - stop : (at - end) * 0.8;
    const between = stop <= start ? sentence.slice(stop, start) : sentence.slice(end, at);
    if (OTHER_CLAUSE.test(between)) continue;
    // ", the festival said": the speaker of the sentence, not its event.
    if (/^\s+(?:said|says|told|added|announced)\b/i.test(sentence.slice(stop, stop + 12))) continue;
    if (distance > 120) continue;
    const index = termAt(terms, at, stop);
    if (!isHeadNoun(terms, index, sentence)) continue;
    if (!best || distance < best.distance) best = { at, end: stop, distance, index };
  }
  if (best) {
    const start = best.index >= 0 ? phraseStart(terms, best.index, sentence) : best.at;
    const from = best.at - start < 40 ? start : best.at;
    // "the approach of Russian-American talks" → "Russian-American talks".
    let label = clean(sentence.slice(from, best.end).replace(/^.*\bof\s+(?=\S)/, ''));
    if (/^\S+$/.test(label)) {
      const acronym = ACRONYM_AFTER.exec(sentence.slice(best.end));
      const org = acronym?.[1] ?? acronym?.[2];
      if (org) label = `${org} ${label}`;
    }
    if (label.length > 0 && label.length <= 60) return label;
  }
  // "the COP30, which will be held in Belém from ...": a named thing the relative clause schedules.
  const named =
    /(?:^|\s)(\p{Lu}[\p{L}\p{M}\d'’-]*(?:\s+\p{Lu}[\p{L}\p{M}\d'’-]*){0,3}),\s+which\s+(?:will|is|are|would)\b[^,;]*$/u.exec(
      sentence.slice(0, start),
    );
  if (named) return named[1]!;
  // "will publish its first joint timetable": the verb's object, or the subject and the verb's noun.
  const fromVerb = clauseLabel(sentence.slice(0, start));
  if (fromVerb && fromVerb.length <= 60) return fromVerb;
  // No event noun: the clause before the date, cut at a comma or a relative pronoun.
  const said = SPEECH.exec(sentence.slice(0, start));
  const before =
    said && start - said[0].length > 12 ? sentence.slice(said[0].length, start) : sentence.slice(0, start);
  const cut = Math.max(
    before.lastIndexOf(', '),
    before.search(/\b(?:that|which|who)\s+(?!.*\b(?:that|which|who)\s)/i) - 1,
    -1,
  );
  let clause = clean(before.slice(cut + 1));
  if (clause.split(' ').length < 2) clause = clean(before);
  const words = clause.split(' ');
  if (words.length > 8) clause = clean(words.slice(0, 8).join(' '));
  return clause || clean(sentence.slice(start, end)) || 'event';
}
