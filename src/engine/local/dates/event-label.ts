import nlp from 'compromise';

// Nouns that name an event a reader would put in a calendar.
const EVENT_NOUN =
  /\b(talks|negotiations|meeting|meetings|summit|conference|vote|votes|referendum|ballot|election|elections|primary|trial|hearing|hearings|verdict|sentencing|ruling|launch|release|debut|premiere|opening|ceremony|inauguration|visit|deadline|sale|auction|strike|walkout|protest|march|rally|match|final|game|race|tournament|festival|show|exhibition|fair|expo|congress|session|debate|signing|deal|agreement|treaty|update|announcement|report|results|earnings|speech|address|rollout|delivery|flight|mission|test|review|inquiry|consultation|forum|assembly|meet|tour|concert|funeral|wedding|anniversary|celebration|handover|takeover|merger|listing|ipo|auction)\b/gi;
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

interface NounSpan {
  start: number;
  end: number;
}

function nounPhrases(sentence: string): NounSpan[] {
  try {
    const json = nlp(sentence).nouns().json({ offset: true }) as Array<{
      offset?: { start: number; length: number };
    }>;
    return json.flatMap((n) =>
      n.offset ? [{ start: n.offset.start, end: n.offset.start + n.offset.length }] : [],
    );
  } catch {
    return [];
  }
}

/**
 * A short label for the event a date belongs to ("Russia-NATO meeting", "OSCE meeting"): the noun phrase
 * of the event noun nearest to the date (talks, meeting, vote, summit, trial, launch...), else the clause
 * that leads to the date ("Akerson plans to stand down").
 */
export function eventLabel(sentence: string, start: number, end: number): string {
  let best: { at: number; end: number; distance: number } | undefined;
  for (const m of sentence.matchAll(EVENT_NOUN)) {
    const at = m.index ?? 0;
    if (at >= start && at < end) continue;
    const stop = at + m[0].length;
    const distance = stop <= start ? start - stop : (at - end) * 0.8;
    const between = stop <= start ? sentence.slice(stop, start) : sentence.slice(end, at);
    if (/[;]|\b(?:said|says|while|although)\b/.test(between)) continue;
    if (distance > 120) continue;
    if (!best || distance < best.distance) best = { at, end: stop, distance };
  }
  if (best) {
    const phrase = nounPhrases(sentence).find((n) => n.start <= best!.at && n.end >= best!.end);
    const from = phrase && best.at - phrase.start < 40 ? phrase.start : best.at;
    // "the approach of Russian-American talks" → "Russian-American talks".
    let label = clean(sentence.slice(from, best.end).replace(/^.*\bof\s+(?=\S)/, ''));
    if (/^\S+$/.test(label)) {
      const acronym = ACRONYM_AFTER.exec(sentence.slice(best.end));
      const org = acronym?.[1] ?? acronym?.[2];
      if (org) label = `${org} ${label}`;
    }
    if (label.length > 0 && label.length <= 60) return label;
  }
  // No event noun: the clause before the date, cut at a comma or a relative pronoun.
  const before = sentence.slice(0, start);
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
