import * as chrono from 'chrono-node';
import { lexiconFor } from '../lexicon/lexicon-for';
import type { NativeLanguage, NativeLexicon } from './native-lexicon';

/** chrono's casual parser of each native language. */
const CHRONO: Readonly<Record<NativeLanguage, () => chrono.Chrono>> = {
  fr: () => chrono.fr.casual.clone(),
  de: () => chrono.de.casual.clone(),
  es: () => chrono.es.casual.clone(),
};

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
