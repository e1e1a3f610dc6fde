/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- a lazy load
   in CommonJS: tinyld's tables load only to name a language briefbot does not read */
const tinyld = () => require('tinyld') as typeof import('tinyld');
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */

/** The languages the local engine reads natively: dates, names, organizations and sentence bounds. */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(lang: string): lang is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lang);
}

/** The English name of an ISO 639-1 code ("it" → "Italian"), or the code itself when unknown. */
export function languageName(lang: string): string {
  const { langName, toISO3 } = tinyld();
  const iso3 = toISO3(lang);
  const name = iso3 === '' ? '' : langName(iso3);
  return name === '' ? lang : name;
}

/**
 * The brief warning for an article in a language briefbot does not read, or undefined for a supported one.
 * Chat shows warnings under the brief; the wording stays English like the rest of the chat.
 */
export function unsupportedLanguageWarning(lang: string): string | undefined {
  if (isSupportedLanguage(lang)) return undefined;
  return `this article is in ${languageName(lang)}; briefbot reads English, French, German and Spanish: dates and names may be incomplete`;
}
