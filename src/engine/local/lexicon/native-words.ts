/**
 * The words of a language that only the native rules (src/engine/local/languages/) read, beside the lists
 * every language shares (DateWords, NameWords, OrgWords). Regex sources are `|` alternations of lower-case
 * words; the rules never name a word of a language themselves.
 */
export interface NativeWords {
  /** Month names, abbreviations and spelling variants, lower case, to month numbers (1–12). */
  monthNumbers: Readonly<Record<string, number>>;
  /** Weekday names, lower case, to chrono's weekday numbers (0 = Sunday). */
  weekdayNumbers: Readonly<Record<string, number>>;
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
  /** Days named relative to the reference ("morgen", "demain", "pasado mañana"), as a regex source. */
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
  /**
   * Words shortly before a date that state a plan ("initialement prévu le", "ursprünglich für den",
   * "previsto para el"): with a move or a cancel in the sentence, the date is the one given up.
   */
  planBefore: RegExp;
  /** Words right after a date that state a plan ("für den 3. März geplante Sitzung"). */
  planAfter: RegExp;
  /** A sentence that opens with a condition ("Sollte ...", "Si ...") states no scheduled event. */
  conditional: RegExp;
  /** Lower-case abbreviations whose period does not end a sentence ("bzw", "sr", "m"). */
  abbreviations: ReadonlySet<string>;
  /** Lower-case words that may join the words of an organisation name ("für", "de la", "del"). */
  orgJoiners: ReadonlySet<string>;
}
