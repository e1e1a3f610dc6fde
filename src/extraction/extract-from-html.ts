import { Readability } from '@mozilla/readability';
import type { Article } from '../engine/article';
import { articleText, normaliseSpace } from './article-text';
import { approximateDepth } from './count-elements';
import type { DomDocument, DomElement, ParseHtml } from './dom-types';
import { ExtractionError } from './errors';
import { removeArticleFurniture, removePageFurniture } from './furniture';
import { readPageMetadata } from './page-metadata';
import { assessHealth, readWallSignals } from './page-health';
import { removeWikiFurniture, wikiDateline } from './mediawiki';
import { datesInText } from './date-forms';

/** Deeper nesting than this makes Readability's scoring take minutes; no news page nests that deep. */
export const MAX_DEPTH = 400;

export interface ExtractFromHtmlOptions {
  url?: string;
  maxDepth?: number;
  /** When the page was fetched: later publication dates are placeholders (default: now). */
  fetchedAt?: Date;
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

const STANDFIRST = [
  '[class*="standfirst"]',
  '[data-gu-name="standfirst"]',
  '[class*="dek"]',
  '[class*="subheadline"]',
  '[data-qa="subheadline"]',
  '[class*="sub-headline"]',
  '[class*="sub-title"]',
  '[class*="article-summary"]',
  '#article-summary',
  '[class*="article-intro"]',
  'p[class*="liveblog-summary"]',
  '[itemprop="description"]',
  '[class~="subtitle"]',
  '[class*="teaser-text"]',
].join(', ');

/** The standfirst under the headline, which Readability often leaves out with the header it sits in. */
function standfirstOf(doc: DomDocument): string | undefined {
  const text = normaliseSpace(doc.querySelector(STANDFIRST)?.textContent ?? '');
  return text.length >= 30 && text.length <= 400 ? text : undefined;
}

/** A raw text that starts "By"/"by" once normaliseSpace has removed zero-width characters and leading spaces. */
const BY_START =
  /^[\s\u00a0\u2000-\u200a\u202f\u205f\u3000\u200b-\u200d\ufeff\u00ad]*[Bb][\u200b-\u200d\ufeff\u00ad]*y/;

function bylineFromMarkup(doc: DomDocument): string | undefined {
  const element = doc.querySelector(
    '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline, .author-name',
  );
  const text = normaliseSpace(element?.textContent ?? '').replace(/^by\s+/i, '');
  if (text !== '' && text.length <= 120) return text;
  // Otherwise a short "By Jane Doe" line near the top of the page.
  const candidates = doc.querySelectorAll('p, div, span, font, i, em, address');
  for (let i = 0; i < Math.min(candidates.length, 400); i++) {
    const raw = candidates[i]!.textContent ?? '';
    // Only a text that starts "By" once spaces are normalised can match: skip the rest unnormalised
    // (a candidate may be a <div> holding the whole page).
    if (!BY_START.test(raw)) continue;
    const line = normaliseSpace(raw);
    // The name may be followed by a job title: "By Carl Lindgren, Herald Staff Writer".
    const match =
      /^[Bb]y\s+([\p{Lu}][\p{L}.'’-]+(?:\s+(?:[\p{Lu}][\p{L}.'’-]+|and|&)){0,5})(?:,(?:\s+[\p{Lu}][\p{L}.'’-]*){1,4})?$/u.exec(
        line,
      );
    if (match) return match[1];
  }
  return undefined;
}

/**
 * Readability drops any element whose class or id looks unlikely ("header", "menu", "extra"…),
 * which loses section headings such as Substack's `<h2 class="header-anchor-post">`. Furniture
 * headings are already gone by now, so the headings left lose their class and id.
 */
function unmarkHeadings(doc: DomDocument): void {
  const headings = (doc.body ?? doc.documentElement).querySelectorAll('h2, h3, h4, h5, h6');
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i]! as DomElement & { removeAttribute(name: string): void };
    heading.removeAttribute('class');
    heading.removeAttribute('id');
  }
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
  const meta = readPageMetadata(doc, options.url, options.fetchedAt);
  const signals = readWallSignals(doc);
  const markupByline = bylineFromMarkup(doc);
  const standfirst = standfirstOf(doc);
  const dateline = wikiDateline(doc);
  // Read before cleanup rewrites the document; only needed when the page states no date.
  const guess = meta.published === undefined ? meta.guessPublished() : undefined;

  removeWikiFurniture(doc);
  removePageFurniture(doc);
  unmarkHeadings(doc);
  const result = runReadability(doc);
  const content = (result?.content ?? null) as DomElement | null;
  const title = meta.title ?? normaliseSpace(result?.title ?? '');
  let text = '';
  if (content) {
    removeArticleFurniture(content, title);
    text = articleText(content);
    if (standfirst && text !== '' && !text.includes(standfirst)) text = `${standfirst}\n\n${text}`;
    if (dateline && text !== '' && !text.startsWith(dateline.line)) text = `${dateline.line}\n\n${text}`;
  }
  if (text === '') text = fallbackText(html, parse, title);
  // Cleanup can remove too much on odd markup; Readability on the raw page is then the better answer.
  if (text === '') text = rawReadabilityText(html, parse, title);
  const health = assessHealth(text, signals, meta.declaredPaywall);
  if (text === '' && !health.paywalled && !health.consentWalled) {
    throw new ExtractionError('NOT_AN_ARTICLE', 'no article text found on the page');
  }

  const article: Article = { title, text, health };
  const lang = meta.lang ?? (result?.lang || undefined);
  // A date after the fetch is an event the article announces, never its publication day.
  const latest = (options.fetchedAt ?? new Date()).toISOString().slice(0, 10);
  const past = (day: string | undefined): string | undefined =>
    day !== undefined && day <= latest ? day : undefined;
  const textDate = datesInText(text.slice(0, 400), lang).find((d) => d.day <= latest)?.day;
  const published = meta.published ?? past(dateline?.date) ?? textDate ?? guess;
  if (published) article.published = published;
  const url = meta.canonicalUrl ?? options.url;
  if (url) article.url = url;
  if (meta.site) article.site = meta.site;
  const byline =
    meta.byline ?? markupByline ?? (normaliseSpace(result?.byline ?? '').replace(/^by\s+/i, '') || undefined);
  if (byline) article.byline = byline;
  if (lang) article.lang = lang;
  return article;
}

/**
 * When Readability finds nothing (it skips content it thinks is hidden, such as a page under an
 * `aria-hidden` overlay, and gives up on odd markup), the article is the element holding the most
 * paragraph text, cleaned the same way. A fresh parse, since Readability rewrites the document.
 */
function fallbackText(html: string, parse: ParseHtml, title: string): string {
  const doc = parse(html);
  removePageFurniture(doc);
  const root = doc.body ?? doc.documentElement;
  let best: DomElement = root;
  let bestLength = 0;
  const parents = new Set<DomElement>();
  const paragraphs = root.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const parent = paragraphs[i]!.parentElement;
    if (parent) parents.add(parent);
  }
  for (const parent of parents) {
    let length = 0;
    for (const child of Array.from(parent.children)) {
      if (child.tagName.toLowerCase() === 'p') length += normaliseSpace(child.textContent ?? '').length;
    }
    if (length > bestLength) {
      best = parent;
      bestLength = length;
    }
  }
  removeArticleFurniture(best, title);
  return articleText(best);
}

/** Readability on the untouched page, with only the article-level cleanup. */
function rawReadabilityText(html: string, parse: ParseHtml, title: string): string {
  const content = (runReadability(parse(html))?.content ?? null) as DomElement | null;
  if (!content) return '';
  removeArticleFurniture(content, title);
  return articleText(content);
}

/** Readability alone, with the same text conversion and no cleanup: the baseline the bench compares against. */
export function readabilityOnlyText(html: string, parse: ParseHtml): string {
  const result = runReadability(parse(html));
  const content = (result?.content ?? null) as DomElement | null;
  return content ? articleText(content) : '';
}
