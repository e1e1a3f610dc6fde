import { en } from '../lexicon/en';
import { alternation } from '../lexicon/word-pattern';

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
export const BODY_ROLE_TITLES: ReadonlySet<string> = en.orgs.bodyRoleTitles ?? none;
export const ACTING_AUXILIARIES: ReadonlySet<string> = en.orgs.actingAuxiliaries ?? none;
export const TEAM_VERBS: ReadonlySet<string> = new Set(en.orgs.teamVerbs ?? []);
/** Regex sources (alternations) of the phrase lists; a list that is absent matches nothing. */
export const BY_PHRASES = alternation(en.orgs.byPhrases ?? []) || '(?!)';
export const BODY_NOUNS = alternation(en.orgs.bodyNouns ?? []) || '(?!)';
