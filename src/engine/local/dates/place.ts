import nlp from 'compromise';

const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|It|Its|Their|His|Her|Order|Total|Addition|Response|Particular|Fact|Time|Part|Spring|Summer|Autumn|Fall|Winter)\b/;
// Unicode-aware: "Brasília", "Belém", "Zürich", "Łódź" are whole names.
const CANDIDATE =
  /(?<![\p{L}\p{M}])(?:in|at)\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}\d'’.-]*(?:\s+(?:of\s+|de\s+|do\s+|da\s+)?\p{Lu}[\p{L}\p{M}\d'’.-]*){0,3})/gu;

const RELATIVE_DATING = /^,?\s*(?:which|that)\s+(?:\w+\s+){0,2}(?:on|in|from)?\s*$/;

const ORG_WORD =
  /^(?:Ministry|Department|Office|Commission|Council|Authority|Agency|Bureau|Committee)\b|\b(?:Ministry|Commission|Authority|Agency|Bureau|Company|Group|Bank|Party|Union|Association)$/;

function isPlace(candidate: string): boolean {
  const name = candidate.replace(/^the\s+/i, '').replace(/[.,]+$/, '');
  if (NOT_PLACES.test(name) || (/^\p{Lu}{2,}$/u.test(name) && name.length > 3)) return false;
  const doc = nlp(name);
  if (doc.has('#Place')) return true;
  // After "in"/"at" a capitalised name is rarely a person, so only organisations and dates are refused.
  if (doc.has('#Organization') || doc.has('#Date')) return false;
  // "at the Ministry of Infrastructure": an organization word heads or ends the name.
  if (ORG_WORD.test(name)) return false;
  return /^\p{Lu}\p{Ll}/u.test(name);
}

/**
 * The place a sentence gives to the event of a date ("talks on January 10 in Geneva" → "Geneva"): the
 * nearest "in/at <Name>" after the date, else before it in the same clause; null when none.
 */
export function placeNear(sentence: string, start: number, end: number): string | null {
  let best: { name: string; distance: number } | undefined;
  for (const m of sentence.matchAll(CANDIDATE)) {
    const at = m.index ?? 0;
    if (at >= start && at < end) continue;
    const stop = at + m[0].length;
    const between = stop <= start ? sentence.slice(stop, start) : sentence.slice(end, at);
    // "the session in Bonn, which opens on June 16": a relative clause that only dates the place's event.
    const datesThePlace = stop <= start && RELATIVE_DATING.test(between);
    if (!datesThePlace && /[;.]\s|\b(?:said|says|while|although|which|who)\b|,\s+(?:and|but)\s/.test(between))
      continue;
    // "on June 16, before ministers meet in Belém": after a conjunction the place is another event's.
    if (stop > start && /\b(?:before|after|until|ahead of)\b/.test(between)) continue;
    // "at Britain's busiest airports": an owner, not the place of the event.
    if (/^['’]s\b/.test(sentence.slice(stop))) continue;
    const distance = stop <= start ? (start - stop) * 1.5 : at - end;
    if (distance > 90) continue;
    const name = m[1]!.replace(/^the\s+/i, '').replace(/[.,]+$/, '');
    if (!isPlace(name)) continue;
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name ?? null;
}
