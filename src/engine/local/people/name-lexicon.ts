import { en } from '../lexicon/en';

// The people detector's words, read from the English lexicon (src/engine/local/lexicon/en.ts).
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
