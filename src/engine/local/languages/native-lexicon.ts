import type { Chrono } from 'chrono-node';

/** A language the local engine reads natively besides English. */
export type NativeLanguage = 'fr' | 'de' | 'es';

/**
 * The word lists of one language that the native date, sentence and name rules read. Every list is data:
 * a rule never names a word of a language itself. Regex sources are alternations of lower-case words.
 */
export interface NativeLexicon {
  lang: NativeLanguage;
  /** chrono's casual parser for the language (a clone: briefbot's parsers are added to it). */
  chrono: () => Chrono;
  /** Month names and abbreviations, lower case, to month numbers (1–12). */
  months: Readonly<Record<string, number>>;
  /** Weekday names, lower case, to chrono's weekday numbers (0 = Sunday). */
  weekdays: Readonly<Record<string, number>>;
  /** Words before or after a weekday that make it the coming one ("kommenden", "prochain", "próximo"). */
  nextWeekday: string;
  /** Words before or after a weekday or a date that make it a past one ("vergangenen", "dernier", "pasado"). */
  lastWeekday: string;
  /** "Anfang März", "début mars", "a principios de mayo": the words of a part of a month, to a month. */
  monthPart: string;
  /** Prepositions that put a bare month name in a sentence ("im Januar", "en novembre", "en enero"). */
  monthLead: string;
  /** "vom 20. bis 22. Oktober", "del 20 al 22 de octubre": the range words before and between the days. */
  rangeFrom: string;
  rangeTo: string;
  /** Days named relative to the reference ("morgen", "demain", "pasado mañana"). */
  relativeDays: string;
  /** "the following day": a day counted from the last day the text named. */
  followingDay: string;
  /** Verb forms and words that point a sentence to the future (futur, "va se réunir", "wird", "se reunirá"). */
  futureCues: RegExp;
  /** Verb forms and words that point a sentence to the past (Perfekt, passé composé, pretérito). */
  pastCues: RegExp;
  /** Words right before a date that make it a deadline or the end of a period, not an event. */
  targetBefore: RegExp;
  /** Words right before a date that say the event is set for that date ("für den", "pour le", "para el"). */
  scheduledBefore: RegExp;
  /** A sentence that opens with a condition ("Sollte ...", "Si ...") states no scheduled event. */
  conditional: RegExp;
  /** Lower-case abbreviations whose period does not end a sentence ("bzw", "sr", "m"). */
  abbreviations: ReadonlySet<string>;
  /** Titles and roles written before a name, lower case ("bundeskanzler", "ministre", "presidente"). */
  titles: ReadonlySet<string>;
  /** Words that may stand inside a name ("von", "der", "de", "des", "del", "i"). */
  particles: ReadonlySet<string>;
  /** Capitalised words that start a sentence or a noun phrase and are never a name. */
  notNames: ReadonlySet<string>;
  /** Head nouns of organisation names, lower case ("ministerium", "ministère", "banco"). */
  orgHeads: ReadonlySet<string>;
  /** Lower-case words that may join the words of an organisation name ("für", "de la", "del"). */
  orgJoiners: ReadonlySet<string>;
}

/** A regex matching any of the `|`-separated alternatives as whole words (letters on neither side). */
export function wordsPattern(alternatives: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, flags);
}
