import { en } from '../lexicon/en';

// The organization detector's words, read from the English lexicon (src/engine/local/lexicon/en.ts).
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
