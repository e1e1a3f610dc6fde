import { en } from '../lexicon/en';
import { wordsRegex } from '../lexicon/word-pattern';

// The organization detector's words, read from the English lexicon (src/engine/local/lexicon/en-names.ts).
export const {
  suffixes: ORG_SUFFIXES,
  institutions: KNOWN_INSTITUTIONS,
  acronyms: KNOWN_ACRONYMS,
  notOrg: NOT_ORG_WORDS,
  introducers: ORG_INTRODUCERS,
  eventWords: EVENT_WORDS,
  vehicleWords: VEHICLE_WORDS,
  placeNames: PLACE_NAMES,
} = en.orgs;

const none = new Set<string>();
export const FACILITY_WORDS: ReadonlySet<string> = en.orgs.facilityWords ?? none;
export const ARMED_GROUP_NOUNS: ReadonlySet<string> = en.orgs.armedGroupNouns ?? none;
export const ACTING_AUXILIARIES: ReadonlySet<string> = en.orgs.actingAuxiliaries ?? none;
export const TEAM_VERBS = wordsRegex(en.orgs.teamVerbs ?? ['\u0000'], '');
export const BY_PHRASES = wordsRegex(en.orgs.byPhrases ?? ['\u0000'], '');
export const BODY_NOUNS = wordsRegex(en.orgs.bodyNouns ?? ['\u0000'], '');
