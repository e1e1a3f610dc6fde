import type { NativeLexicon } from './native-lexicon';

/* eslint-disable @typescript-eslint/consistent-type-imports, @typescript-eslint/no-require-imports -- each language's
   word lists and chrono locale load on first use: an English brief does not pay for German, French and Spanish */
const LOADERS: Readonly<Record<string, () => NativeLexicon>> = {
  de: () => (require('./de') as typeof import('./de')).de,
  es: () => (require('./es') as typeof import('./es')).es,
  fr: () => (require('./fr') as typeof import('./fr')).fr,
};
/* eslint-enable @typescript-eslint/consistent-type-imports, @typescript-eslint/no-require-imports */
const loaded = new Map<string, NativeLexicon>();

/** The native word lists of a language other than English, or undefined (English, or unsupported). */
export function nativeLexicon(lang: string | undefined): NativeLexicon | undefined {
  if (lang === undefined || !Object.hasOwn(LOADERS, lang)) return undefined;
  let lexicon = loaded.get(lang);
  if (!lexicon) loaded.set(lang, (lexicon = LOADERS[lang]!()));
  return lexicon;
}
