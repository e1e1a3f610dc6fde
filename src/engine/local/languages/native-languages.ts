import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import type { NativeLexicon } from './native-lexicon';

const LEXICONS: Readonly<Record<string, NativeLexicon>> = { de, es, fr };

/** The native word lists of a language other than English, or undefined (English, or unsupported). */
export function nativeLexicon(lang: string | undefined): NativeLexicon | undefined {
  return lang === undefined ? undefined : LEXICONS[lang];
}
