import { Readability } from '@mozilla/readability';
import type { Article } from '../engine/article';
import { articleText, normaliseSpace } from './article-text';
import { approximateDepth } from './count-elements';
import type { DomDocument, DomElement, ParseHtml } from './dom-types';
import { ExtractionError } from './errors';
import { removeArticleFurniture, removePageFurniture } from './furniture';
import { readPageMetadata } from './page-metadata';
import { assessHealth, readWallSignals } from './page-health';
import { dateInText } from './publication-date';

/** Deeper nesting than this makes Readability's scoring take minutes; no news page nests that deep. */
export const MAX_DEPTH = 400;

export interface ExtractFromHtmlOptions {
  url?: string;
  maxDepth?: number;
}

interface ReadabilityResult {
  title?: string | null;
  byline?: string | null;
  lang?: string | null;
  content?: unknown;
}

function runReadability(doc: DomDocument): ReadabilityResult | null {
  // Readability is typed against the DOM lib; linkedom and jsdom documents both satisfy it at run time.
  const reader = new Readability<DomElement>(doc as never, {
    serializer: (node) => node as unknown as DomElement,
  });
  return reader.parse() as ReadabilityResult | null;
}

const STANDFIRST =
  '[class*="standfirst"], [class*="dek"], [class*="subheadline"], [class*="sub-headline"], [class*="article-summary"], [itemprop="description"]';

/** The standfirst under the headline, which Readability often leaves out with the header it sits in. */
function standfirstOf(doc: DomDocument): string | undefined {
  const text = normaliseSpace(doc.querySelector(STANDFIRST)?.textContent ?? '');
  return text.length >= 30 && text.length <= 400 ? text : undefined;
}

function bylineFromMarkup(doc: DomDocument): string | undefined {
  const element = doc.querySelector(
    '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline, .author-name',
  );
  const text = normaliseSpace(element?.textContent ?? '').replace(/^by\s+/i, '');
  if (text !== '' && text.length <= 120) return text;
  // Otherwise a short "By Jane Doe" line near the top of the page.
  const candidates = doc.querySelectorAll('p, div, span');
  for (let i = 0; i < Math.min(candidates.length, 400); i++) {
    const line = normaliseSpace(candidates[i]!.textContent ?? '');
    const match = /^[Bb]y\s+([\p{Lu}][\p{L}.'’-]+(?:\s+(?:[\p{Lu}][\p{L}.'’-]+|and|&)){0,5})$/u.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * The whole extraction of one page on the current thread: metadata from the raw page, furniture
 * removed, Readability, then cleanup of what Readability leaves in. Run it through
 * `extractArticle`, which keeps it off the main thread and under a time limit.
 */
export function extractFromHtml(html: string, options: ExtractFromHtmlOptions, parse: ParseHtml): Article {
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  if (approximateDepth(html, maxDepth) > maxDepth) {
    throw new ExtractionError(
      'TOO_COMPLEX',
      `the page nests elements more than ${maxDepth} deep; refusing to parse it`,
    );
  }
  const doc = parse(html, options.url);
  const meta = readPageMetadata(doc, options.url);
  const signals = readWallSignals(doc);
  const markupByline = bylineFromMarkup(doc);
  const standfirst = standfirstOf(doc);

  removePageFurniture(doc);
  const result = runReadability(doc);
  const content = (result?.content ?? null) as DomElement | null;
  const title = meta.title ?? normaliseSpace(result?.title ?? '');
  let text = '';
  if (content) {
    removeArticleFurniture(content, title);
    text = articleText(content);
    if (standfirst && text !== '' && !text.includes(standfirst)) text = `${standfirst}\n\n${text}`;
  }
  const health = assessHealth(text, signals, meta.declaredPaywall);
  if (text === '' && !health.paywalled && !health.consentWalled) {
    throw new ExtractionError('NOT_AN_ARTICLE', 'no article text found on the page');
  }

  const article: Article = { title, text, health };
  const published = meta.published ?? dateInText(text);
  if (published) article.published = published;
  const url = meta.canonicalUrl ?? options.url;
  if (url) article.url = url;
  if (meta.site) article.site = meta.site;
  const byline =
    meta.byline ?? markupByline ?? (normaliseSpace(result?.byline ?? '').replace(/^by\s+/i, '') || undefined);
  if (byline) article.byline = byline;
  const lang = meta.lang ?? (result?.lang || undefined);
  if (lang) article.lang = lang;
  return article;
}

/** Readability alone, with the same text conversion and no cleanup: the baseline the bench compares against. */
export function readabilityOnlyText(html: string, parse: ParseHtml): string {
  const result = runReadability(parse(html));
  const content = (result?.content ?? null) as DomElement | null;
  return content ? articleText(content) : '';
}
