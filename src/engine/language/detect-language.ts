import { evidentLanguage, functionWordLanguage } from './function-words';

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- a lazy load
   in CommonJS: tinyld unpacks its trigram model on load (a quarter of a second), needed only when the text's
   own function words do not decide */
const detectAll = (sample: string) => (require('tinyld') as typeof import('tinyld')).detectAll(sample);
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports */

/** Characters of text the detector reads: a few paragraphs decide the language of an article. */
const SAMPLE_CHARS = 4_000;
/** Below this many letters the detector is a guess; a page's declaration wins. */
const MIN_LETTERS = 40;
/** Below this many letters nothing is detected at all. */
const MIN_DETECT_LETTERS = 10;
/** Share of the detector's score a language needs before it overrules a page's declaration. */
const OVERRULE_SCORE = 0.5;

/** What an article says of its language and what its text shows. */
export interface ArticleLanguage {
  /** ISO 639-1 code of the article's language, e.g. "de". */
  lang: string;
  /** How `lang` was chosen: the page's declaration agreed with (or could not be checked against) the text, the text alone, or neither was usable. */
  source: 'declared' | 'detected' | 'default';
}

/**
 * The primary subtag of a page's language declaration: "de-CH" (html lang, Content-Language) and "fr_FR"
 * (og:locale) both give the two-letter code; anything else gives undefined.
 */
export function primaryLanguage(declared: string | undefined): string | undefined {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(declared ?? '');
  return match ? match[1]!.toLowerCase() : undefined;
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * The article's language: the page's declaration (html `lang`, Content-Language, og:locale) checked against
 * detection on the text. Templates often declare a site's default language for every page, so a confident
 * detection on enough text overrules the declaration; a short or ambiguous text keeps it. Without either,
 * English. A text whose function words evidently show one supported language is that language without the
 * trigram detector (it loads only when the text does not decide, or contradicts the declaration).
 */
export function detectArticleLanguage(text: string, declared?: string): ArticleLanguage {
  const page = primaryLanguage(declared);
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = letterCount(sample);
  if (page !== undefined && letters < MIN_LETTERS) return { lang: page, source: 'declared' };
  const evident = letters >= MIN_LETTERS ? evidentLanguage(sample) : undefined;
  if (evident !== undefined && page === undefined) return { lang: evident, source: 'detected' };
  if (evident !== undefined && evident === page) return { lang: page, source: 'declared' };
  const found = letters >= MIN_DETECT_LETTERS ? detectAll(sample) : [];
  const best = found[0];
  if (page !== undefined) {
    if (letters < MIN_LETTERS) return { lang: page, source: 'declared' };
    if (best === undefined || best.lang === page) return { lang: page, source: 'declared' };
    const pageScore = found.find((f) => f.lang === page)?.accuracy ?? 0;
    if (best.accuracy >= OVERRULE_SCORE && best.accuracy > 2 * pageScore)
      return { lang: best.lang, source: 'detected' };
    return { lang: page, source: 'declared' };
  }
  if (best !== undefined && best.accuracy >= OVERRULE_SCORE / 2)
    return { lang: best.lang, source: 'detected' };
  // A single sentence: the trigram scores are unsure (near 0.05), the language's own short words are not.
  const byWords = letters >= MIN_DETECT_LETTERS ? functionWordLanguage(sample) : undefined;
  if (byWords !== undefined) return { lang: byWords, source: 'detected' };
  return { lang: 'en', source: 'default' };
}
