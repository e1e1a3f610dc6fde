/**
 * The word lists of one language, in one place. Every stage of the local engine takes its words from the
 * lexicon of the document's language (`lexiconFor(doc.lang)`), never from a list of its own, so adding a
 * language is adding one file beside `en.ts`. Entries are lowercase; multi-word entries use one space.
 */
import type { NativeWords } from './native-words';

/** Words the date stages read: names of days and months, and the verbs and nouns around a dated event. */
export interface DateWords {
  weekdays: readonly string[];
  months: readonly string[];
  monthAbbreviations: readonly string[];
  /** today, tomorrow, tonight: days named relative to the writing. */
  relativeDays: readonly string[];
  /** Verbs of speech whose clause reports rather than schedules ("said", "told"). */
  speechVerbs: readonly string[];
  /** Participles of a plan or schedule ("scheduled", "slated", "due"). */
  planWords: readonly string[];
  /** Words that move an event to another date ("postponed", "pushed back"). */
  moveWords: readonly string[];
  /** Words that call an event off ("cancelled", "called off"). */
  cancelWords: readonly string[];
  /** Prepositions between a move word and the new date ("postponed to", "reporté au", "verschoben auf"). */
  moveTargets: readonly string[];
  /**
   * The language puts the participle after the date ("auf den 3. März verschoben"): a date after a move
   * target is the new one when a move word follows it in its clause.
   */
  moveVerbLast?: boolean;
  /** Conjunctions that open a new clause after a comma ("but", "mais", "aber", "pero"). */
  clauseJoiners: readonly string[];
  /** Phrases that tell an event as done ("took place", "was held"). */
  pastEventPhrases: readonly string[];
  /** Adverbs of habit ("usually"): a habit is no schedule. */
  habitualAdverbs: readonly string[];
  /** Words before a period that make it repeat ("every", "each"). */
  recurringWords: readonly string[];
  /** Period nouns a repetition is counted in ("year", "week"). */
  periodNouns: readonly string[];
  /** Prepositions that make a holiday's name a time ("over Christmas"). */
  timePrepositions: readonly string[];
  /** Phrases that give a date up ("instead of"). */
  replacedPhrases: readonly string[];
  /** Words before a month that place the event inside it ("early", "late", "mid"). */
  monthModifiers: readonly string[];
  /** Nouns that name a calendar event ("talks", "vote", "final"). */
  eventNouns: readonly string[];
  /** Words that qualify a weekday as a coming one ("next", "coming"). */
  futureMarkers: readonly string[];
  /** Words that qualify a weekday as a past one ("last", "past"). */
  pastMarkers: readonly string[];
  /** Phrases before a possessive weekday that make it a coming one ("ahead of Sunday's runoff"). */
  aheadPhrases: readonly string[];
  /** Period nouns that make "next ..." a vague period, not a date ("next summer", "next week"). */
  vaguePeriods: readonly string[];
  /** Words before a date that make it a span or a rough time ("within", "the middle of"). */
  vagueLeads: readonly string[];
  /** Words before a date that make it a limit or a target, not an event ("by", "no later than"). */
  limitLeads: readonly string[];
  /** Plural nouns after a weekday that make it repeat ("evenings", "editions"). */
  recurringNouns: readonly string[];
  /** Phrases before a relative day that make it advice or rhetoric ("come back", "whatever happens"). */
  rhetoricalLeads: readonly string[];
  /** Verb phrases after a possessive weekday's noun that make it coming ("Saturday's final will"). */
  futureAuxiliaries: readonly string[];
  /**
   * Verbs of a fixture list, in the forms a tagger may read as nouns ("the home side play Sunday"): before
   * a weekday they state a timetable.
   */
  timetableVerbs?: readonly string[];
}

/** Words the people detector reads. */
export interface NameWords {
  /** Nouns that name a position; they make the words around them a role, never a name. */
  titles: ReadonlySet<string>;
  /** Words that qualify a title ("former", "acting"). */
  roleModifiers: ReadonlySet<string>;
  /** Portfolio words inside titles ("Secretary of State"). */
  departments: ReadonlySet<string>;
  /** Words that join the parts of a role ("Minister for Foreign Affairs"). */
  roleConnectors: ReadonlySet<string>;
  /** Courtesy titles: dropped from the name, kept in the alias form ("Mr. Putin"). */
  honorifics: ReadonlySet<string>;
  /** Capitalised words that are never a person's name. */
  neverName: ReadonlySet<string>;
  /** Verbs of speech and action that follow a name ("Peskov added"). */
  speechVerbs: ReadonlySet<string>;
  /** Lowercase particles inside a name ("de", "von"). */
  particles: ReadonlySet<string>;
  /** Lowercase nouns before a name that describe a person ("investor Lee Barr", "graduate student Ken Saito"). */
  descriptors?: ReadonlySet<string>;
  /** Last words that make a capitalised phrase a place, venue or group of performers ("... Arena", "... Band"). */
  venueWords?: ReadonlySet<string>;
  /** Formal first name → its short forms ("william" → bill, will): "Bill Smith" and "William Smith" are one. */
  nicknames?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lowercase words after a hyphen that make a compound, not a name part ("Kremlin-backed", "Paris-based"). */
  compoundTails?: ReadonlySet<string>;
}

/** Words the organization detector reads. */
export interface OrgWords {
  suffixes: ReadonlySet<string>;
  /** Institutions named by their seat or one word ("Kremlin"), as written. */
  institutions: readonly string[];
  /** Acronyms of well-known bodies, as written. */
  acronyms: ReadonlySet<string>;
  /** Acronyms and words that are not organizations (countries, units, time zones). */
  notOrg: ReadonlySet<string>;
  /** Nouns that introduce an organization's name ("automaker Chrysler"). */
  introducers: ReadonlySet<string>;
  /** Last words that make a capitalised phrase an event ("... Conference"). */
  eventWords: ReadonlySet<string>;
  /** Nouns after a name that make it a craft ("the Huygens probe"). */
  vehicleWords: ReadonlySet<string>;
  /** Places whose names look like an organization's ("West Bank"). */
  placeNames: ReadonlySet<string>;
  /** Last words of a facility or a region ("... Airport", "... Economic Area"): an organization only when it acts. */
  facilityWords?: ReadonlySet<string>;
  /** Verbs of a result between two sides ("Lakeside beat Hillcrest"): both sides are teams. */
  teamVerbs?: readonly string[];
  /** Phrases after which a capitalised name is the body behind an event ("hosted by Funyard Events"). */
  byPhrases?: readonly string[];
  /** Plural nouns after a name that make it an armed group ("Houthi rebels"). */
  armedGroupNouns?: ReadonlySet<string>;
  /** Lowercase nouns of a public body after a place's possessive ("Freedonia's commerce ministry"). */
  bodyNouns?: readonly string[];
  /** Titles a body's name comes before ("Tesla chief executive", "JD(U) spokesman"). */
  bodyRoleTitles?: ReadonlySet<string>;
  /** Words between a subject and its verb that keep it the subject ("Skyward has said"). */
  actingAuxiliaries?: ReadonlySet<string>;
}

/** Every word list of one language. */
export interface Lexicon {
  /** ISO 639-1 code ("en"). */
  lang: string;
  dates: DateWords;
  names: NameWords;
  orgs: OrgWords;
  /** The words of the native rules (French, German, Spanish; src/engine/local/languages/). */
  native?: NativeWords;
}
