// Labels for a scheduled clause with no event noun: "will publish its first joint timetable" → "first joint
// timetable", "would announce the winner" → "winner announcement", "the committee will discuss the project"
// → "committee discussion", "Pistorius travels on Wednesday" → "Pistorius trip".

const VERB_NOUN: Record<string, string> = {
  announce: 'announcement',
  decide: 'decision',
  publish: 'publication',
  present: 'presentation',
  sign: 'signing',
  speak: 'speech',
  talk: 'talks',
  travel: 'trip',
  visit: 'visit',
  meet: 'meeting',
  vote: 'vote',
  open: 'opening',
  launch: 'launch',
  discuss: 'discussion',
  debate: 'debate',
  review: 'review',
  report: 'report',
  elect: 'election',
  deliver: 'delivery',
  submit: 'submission',
  release: 'release',
  unveil: 'unveiling',
  close: 'closure',
  testify: 'testimony',
  rule: 'ruling',
  play: 'match',
  perform: 'performance',
};
// Objects too vague to name the event alone: "discuss the project" is the committee's discussion.
const VAGUE_OBJECT =
  /^(?:project|plan|plans|matter|issue|issues|case|situation|deal|winner|results?|details|it|them|this|that)$/i;
const DETERMINERS = /^(?:(?:its|their|his|her|our|the|a|an|this|that|these|those)\s+)+/i;
const ADVERBS = /^(?:(?:now|also|again|already|then|still|soon|finally|formally|officially|not)\s+)+/i;
const STOP_WORDS =
  /^(?:on|in|at|by|from|for|to|with|between|until|no|before|after|of|during|and|or|but|next|this|who|which|that|as|about|over|into|if|when|while|later|earlier|again|together|down|up|out|off|away|back|aside|forward)$/i;
const PRONOUN = /^(?:he|she|it|they|we|i|you|which|who|that|there|this)$/i;
const MODAL =
  /\b(?:will|would|must|shall|should|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|plans?\s+to|intends?\s+to|expects?\s+to)\s+(?:(?:now|also|again|already|then|still|soon|finally|formally|officially)\s+)?([a-z]+)\b/gi;

/** The verb's base form when the third person "-s" is written ("travels" → "travel"). */
const base = (verb: string): string => {
  const lower = verb.toLowerCase();
  if (VERB_NOUN[lower]) return lower;
  if (lower.endsWith('es') && VERB_NOUN[lower.slice(0, -2)]) return lower.slice(0, -2);
  if (lower.endsWith('s') && VERB_NOUN[lower.slice(0, -1)]) return lower.slice(0, -1);
  return lower;
};

/** Up to four words after the verb, up to a preposition or clause edge, without determiners. */
function objectPhrase(rest: string): string {
  const text = rest.trim().replace(ADVERBS, '').replace(DETERMINERS, '');
  const words: string[] = [];
  for (const word of text.split(/\s+/)) {
    const bare = word.replace(/[,.;:!?)]+$/, '');
    if (!/^[\p{L}\d'’-]+$/u.test(bare) || STOP_WORDS.test(bare) || PRONOUN.test(bare)) break;
    words.push(bare);
    if (bare !== word || words.length === 4) break;
  }
  return words.length === 4 ? '' : words.join(' ');
}

/** The noun phrase right before the verb: "Its economic committee" → "economic committee". */
function subjectPhrase(before: string): string {
  const clause = before.split(/[,;:(]|\b(?:and|but|said|says|that|which|who|where|when)\b/i).pop() ?? '';
  const trimmed = clause
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .replace(DETERMINERS, '')
    .split(/\s+(?:in|at|of|from|for|with)\s+/i)[0]!
    .trim();
  const words = trimmed.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4 || words.some((w) => PRONOUN.test(w))) return '';
  return words.every((w) => /^[\p{L}\d'’.-]+$/u.test(w)) ? words.join(' ') : '';
}

/**
 * A short noun phrase for the clause `before` the date (the text of the sentence up to it), or '' when
 * the clause has no modal verb ("will", "would", "must", "is due to") or present-tense travel/meeting
 * verb to build one from.
 */
export function clauseLabel(before: string): string {
  const modals = [...before.matchAll(MODAL)];
  const last = modals[modals.length - 1];
  let verb: string;
  let subject: string;
  let rest: string;
  if (last) {
    verb = base(last[1]!);
    if (/^(?:be|have|not|get|take|make|do|go|come|begin|start|end|continue)$/.test(verb)) return '';
    subject = subjectPhrase(before.slice(0, last.index));
    rest = before.slice((last.index ?? 0) + last[0].length);
  } else {
    const present =
      /(\p{Lu}[\p{L}'’-]+)\s*(?:\([^)]*\)\s*)?\b(travels|speaks|meets|visits|votes|opens|debates)\b([^,;]*)$/u.exec(
        before,
      );
    if (!present) return '';
    verb = base(present[2]!);
    subject = present[1]!;
    rest = present[3]!;
  }
  const object = objectPhrase(rest);
  const noun = VERB_NOUN[verb];
  if (object && object.includes(' ')) return object;
  if (!noun) return '';
  // "will meet Rusu on Thursday": a name is whom the event is with.
  if (/^\p{Lu}/u.test(object) && /^(?:meeting|talks|visit|trip)$/.test(noun)) return `${object} ${noun}`;
  if (object && !VAGUE_OBJECT.test(object)) return subject ? `${subject} ${object}` : object;
  if (subject) return `${subject} ${noun}`;
  return object ? `${object} ${noun}` : '';
}
