import type { Chrono } from 'chrono-node';
import type { Lexicon } from '../lexicon/lexicon';
import type { NativeWords } from '../lexicon/native-words';

/** A language the local engine reads natively besides English. */
export type NativeLanguage = 'fr' | 'de' | 'es';

/**
 * What the native date, sentence and name rules read for one language: the language's lexicon
 * (`src/engine/local/lexicon/fr.ts`, `de.ts`, `es.ts`, through `lexiconFor`) seen under the names the rules
 * use, and chrono's parser for it. Assembled once per language in `native-languages.ts`.
 */
export interface NativeLexicon extends Omit<NativeWords, 'monthNumbers' | 'weekdayNumbers' | 'relativeDays'> {
  lang: NativeLanguage;
  /** The whole lexicon, for the stages every language shares (the status stage). */
  lexicon: Lexicon;
  /** chrono's casual parser for the language (a clone: briefbot's parsers are added to it). */
  chrono: () => Chrono;
  months: Readonly<Record<string, number>>;
  weekdays: Readonly<Record<string, number>>;
  relativeDays: string;
  titles: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
}
