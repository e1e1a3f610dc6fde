import { detectArticleLanguage } from '../../language/detect-language';
import { explainText } from '../dates/explain-dates';
import type { DateTrace } from '../dates/next-dates';
import { resolveDates, type DateMention } from '../dates/resolve-dates';
import { splitSentences } from '../sentences';
import { nativeNextDatesWithTrace } from './native-date-stages';
import { nativeLexicon } from './native-languages';
import { resolveNativeSentence } from './native-next-dates';

/**
 * Every dated expression of `text`, past or future, resolved against `reference` (YYYY-MM-DD), read in the
 * text's language: `lang` when given (an ISO code, e.g. from the page), else the language detected on the
 * text. French, German and Spanish use their native parsers; any other language the English resolver
 * (which still reads ISO and `dd.mm.yyyy` dates).
 */
export function resolveDatesInLanguage(text: string, reference: string, lang?: string): DateMention[] {
  const lexicon = nativeLexicon(detectArticleLanguage(text, lang).lang);
  if (!lexicon) return resolveDates(text, reference);
  // The English resolver validates the reference and throws its error for a bad one.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reference)) return resolveDates(text, reference);
  const out: DateMention[] = [];
  let anchor: string | undefined;
  for (const sentence of splitSentences(text, lexicon.lang)) {
    const mentions = resolveNativeSentence(sentence.text, reference, lexicon, anchor);
    anchor = mentions.findLast((m) => m.granularity === 'day')?.date ?? anchor;
    for (const m of mentions)
      out.push({
        text: m.text,
        index: sentence.start + m.start,
        date: m.date,
        granularity: m.granularity,
        time: m.time,
        timezone: null,
      });
  }
  return out;
}

/**
 * The date stages' trace of a plain text written on `reference`, read in its language (`lang`, else
 * detected): what `briefbot dates --explain` shows, with the rule that decided each mention.
 */
export function explainTextInLanguage(text: string, reference: string, lang?: string): DateTrace[] {
  const lexicon = nativeLexicon(detectArticleLanguage(text, lang).lang);
  if (!lexicon || !/^\d{4}-\d{2}-\d{2}$/.test(reference)) return explainText(text, reference);
  return nativeNextDatesWithTrace(splitSentences(text, lexicon.lang), reference, lexicon).trace;
}
