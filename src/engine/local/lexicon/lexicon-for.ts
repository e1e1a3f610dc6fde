import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Lexicon } from './lexicon';

const LEXICONS: Readonly<Record<string, Lexicon>> = { en, fr, de, es };

/** The lexicon of a language (ISO 639-1); English for a language without one yet. */
export function lexiconFor(lang: string | undefined): Lexicon {
  return (lang !== undefined ? LEXICONS[lang.toLowerCase().slice(0, 2)] : undefined) ?? en;
}
