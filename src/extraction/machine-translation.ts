import { normaliseSpace } from './article-text';
import type { DomDocument } from './dom-types';

/**
 * Pages saved from a browser translator: Chrome and Google Translate mark the root
 * `translated-ltr`/`translated-rtl` and wrap every sentence in
 * `<font style="vertical-align: inherit;">`; Edge's translator tags each translated element with
 * `_msttexthash`. Their visible text is translated, but meta tags and JSON-LD keep the original
 * language, so the headline a reader sees is the document title or the `<h1>`, not `og:title`.
 */
export function isMachineTranslated(doc: DomDocument): boolean {
  const rootClass = doc.documentElement.getAttribute('class') ?? '';
  return (
    /(?:^|\s)translated-(?:ltr|rtl)(?:\s|$)/.test(rootClass) ||
    doc.querySelector('font[style*="vertical-align: inherit"], [_msttexthash]') !== null
  );
}

/** The translated headline: the first `<h1>` (no site suffix to strip), else the document title. */
export function translatedTitle(doc: DomDocument): string | undefined {
  const headline = normaliseSpace(doc.querySelector('h1')?.textContent ?? '');
  if (headline.length >= 15) return headline;
  // A page saved after translation can carry the translator's <font> tags as text in its <title>.
  const title = normaliseSpace(doc.title.replace(/<\/?font\b[^>]*>/gi, ''));
  return title === '' ? undefined : title;
}
