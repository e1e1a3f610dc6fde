import { en } from '../lexicon/en';

// The people detector's words, read from the English lexicon (src/engine/local/lexicon/en-names.ts).
export const {
  titles: TITLE_WORDS,
  roleModifiers: ROLE_MODIFIERS,
  departments: DEPARTMENT_WORDS,
  roleConnectors: ROLE_CONNECTORS,
  honorifics: HONORIFICS,
  neverName: NEVER_NAME_WORDS,
  speechVerbs: SPEECH_VERBS,
  particles: NAME_PARTICLES,
} = en.names;

const none = new Set<string>();
export const DESCRIPTORS: ReadonlySet<string> = en.names.descriptors ?? none;
export const VENUE_WORDS: ReadonlySet<string> = en.names.venueWords ?? none;
export const COMPOUND_TAILS: ReadonlySet<string> = en.names.compoundTails ?? none;

/** Every short form of a first name mapped to its formal forms ("bill" → william). */
const FORMAL = new Map<string, Set<string>>();
for (const [formal, shorts] of en.names.nicknames ?? [])
  for (const short of shorts) FORMAL.set(short, new Set([...(FORMAL.get(short) ?? []), formal]));

/** "Bill" and "William", "Bob" and "Rob": two forms of one first name (lowercase, accents folded). */
export function nicknameOf(a: string, b: string): boolean {
  if (a === b) return true;
  const formsA = FORMAL.get(a) ?? new Set<string>();
  const formsB = FORMAL.get(b) ?? new Set<string>();
  return formsA.has(b) || formsB.has(a) || [...formsA].some((f) => formsB.has(f));
}
