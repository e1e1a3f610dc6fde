import type * as chrono from 'chrono-node';
import { lexiconFor } from '../lexicon/lexicon-for';
import type { NativeLanguage, NativeLexicon } from './native-lexicon';

/* eslint-disable @typescript-eslint/consistent-type-imports, @typescript-eslint/no-require-imports -- each chrono
   locale loads on first use: an English brief does not pay for German, French and Spanish (docs/adr/038) */
/** chrono's casual parser of each native language. */
const CHRONO: Readonly<Record<NativeLanguage, () => chrono.Chrono>> = {
  fr: () => (require('chrono-node/fr') as typeof import('chrono-node/fr')).casual.clone(),
  de: () => (require('chrono-node/de') as typeof import('chrono-node/de')).casual.clone(),
  es: () => (require('chrono-node/es') as typeof import('chrono-node/es')).casual.clone(),
};
/* eslint-enable @typescript-eslint/consistent-type-imports, @typescript-eslint/no-require-imports */

const assembled = new Map<NativeLanguage, NativeLexicon>();

function isNative(lang: string | undefined): lang is NativeLanguage {
  return lang !== undefined && Object.hasOwn(CHRONO, lang);
}

/**
 * The native word lists of a language other than English (read from its lexicon), or undefined (English,
 * or a language briefbot does not read).
 */
export function nativeLexicon(lang: string | undefined): NativeLexicon | undefined {
  if (!isNative(lang)) return undefined;
  let native = assembled.get(lang);
  if (!native) {
    const lexicon = lexiconFor(lang);
    const words = lexicon.native;
    if (!words) return undefined;
    const { monthNumbers, weekdayNumbers, ...rest } = words;
    native = {
      ...rest,
      lang,
      lexicon,
      chrono: CHRONO[lang],
      months: monthNumbers,
      weekdays: weekdayNumbers,
      titles: lexicon.names.titles,
      particles: lexicon.names.particles,
      notNames: lexicon.names.neverName,
      orgHeads: lexicon.orgs.suffixes,
    };
    assembled.set(lang, native);
  }
  return native;
}
