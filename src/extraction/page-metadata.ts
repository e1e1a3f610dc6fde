import type { DomDocument } from './dom-types';
import {
  authorNames,
  declaresPaywall,
  isArticleNode,
  readJsonLd,
  stringField,
  type JsonLdNode,
} from './json-ld';
import { isMachineTranslated, translatedTitle } from './machine-translation';
import { findPageDates } from './page-dates';

/** What the page says about itself, read before Readability rewrites the document. */
export interface PageMetadata {
  title?: string;
  site?: string;
  byline?: string;
  lang?: string;
  canonicalUrl?: string;
  /** YYYY-MM-DD from JSON-LD, meta tags, the URL path or the article's header, in that order. */
  published?: string;
  /** A weaker guess, worked out only when neither `published` nor the article text's dateline gives a day. */
  guessPublished(): string | undefined;
  /** JSON-LD says the article is not free to read (`isAccessibleForFree: false`). */
  declaredPaywall: boolean;
}

function meta(doc: DomDocument, selector: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : undefined;
}

function absolute(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).toString();
  } catch {
    return undefined;
  }
}

/** Removes a " | Site" / " - Site" suffix (or "Site | " prefix) from a page title. */
export function stripSiteFromTitle(title: string, site: string | undefined): string {
  // A trailing date segment first ("… – DW – 06/26/2025"), then the site name before it.
  const clean = title
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s+(?:\||-|–|—)\s+(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4})$/, '');
  const separators = [...clean.matchAll(/\s+(\||-|–|—|::|·|•)\s+/g)];
  const first = separators[0];
  const last = separators[separators.length - 1];
  if (!first || !last) return clean;
  const key = (s: string): string =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const siteKey = site ? key(site.replace(/\.[a-z]{2,}$/i, '')) : '';
  // Each label of a host name ("en.wikinews.org" → "wikinews") can be the name a title ends with.
  const labels =
    site && /^[\w-]+(?:\.[\w-]+)+$/.test(site) ? site.split('.').filter((l) => l.length >= 4) : [];
  const head = clean.slice(0, last.index);
  const tail = clean.slice(last.index + last[0].length);
  const sameSite = (part: string): boolean =>
    (siteKey !== '' &&
      (key(part) === siteKey || key(part).startsWith(siteKey) || siteKey.startsWith(key(part)))) ||
    // "Wikinews, the free news source": the site's name, then its motto.
    labels.some((label) => key(part.split(',')[0] ?? '') === key(label));
  if (sameSite(tail)) return head;
  const prefix = clean.slice(0, first.index);
  if (sameSite(prefix)) return clean.slice(first.index + first[0].length);
  // A pipe almost always introduces the site or section name; a dash may be part of the headline.
  if (last[1] === '|' && tail.split(' ').length <= 4 && head.split(' ').length >= 4)
    return stripSiteFromTitle(head, undefined);
  return clean;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function cleanByline(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const value = raw
    .replace(/\s+/g, ' ')
    .replace(/^(?:by|von|par|por)\s+/i, '')
    .trim();
  return value === '' || value.length > 120 ? undefined : value;
}

/** Reads title, site, byline, language, canonical URL and publication date from the page's head and markup. */
export function readPageMetadata(
  doc: DomDocument,
  pageUrl: string | undefined,
  now: Date = new Date(),
): PageMetadata {
  const jsonLd = readJsonLd(doc);
  const article: JsonLdNode | undefined =
    jsonLd.find((n) => isArticleNode(n) && n['datePublished'] !== undefined) ?? jsonLd.find(isArticleNode);
  const canonicalUrl =
    absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ??
    absolute(meta(doc, 'meta[property="og:url"]'), pageUrl) ??
    pageUrl;
  const site = meta(doc, 'meta[property="og:site_name"]') ?? hostOf(canonicalUrl) ?? hostOf(pageUrl);
  const rawTitle =
    (isMachineTranslated(doc) ? translatedTitle(doc) : undefined) ??
    meta(doc, 'meta[property="og:title"]') ??
    (article ? stringField(article, 'headline') : undefined) ??
    doc.title;
  const authors = article ? authorNames(article) : [];
  const byline =
    cleanByline(authors.length > 0 ? authors.join(', ') : undefined) ??
    cleanByline(meta(doc, 'meta[name="author"]'));

  const lang =
    doc.documentElement.getAttribute('lang')?.trim() ||
    meta(doc, 'meta[http-equiv="content-language"]') ||
    meta(doc, 'meta[property="og:locale"]');
  const dates = findPageDates(doc, {
    urls: [pageUrl, canonicalUrl, absolute(meta(doc, 'meta[property="og:url"]'), pageUrl)],
    jsonLd,
    lang,
    now,
  });
  const published = dates.strong?.day;
  const result: PageMetadata = {
    declaredPaywall: jsonLd.some((n) => declaresPaywall(n)),
    guessPublished: dates.weak,
  };
  if (rawTitle) result.title = stripSiteFromTitle(rawTitle, site);
  if (site) result.site = site;
  if (byline) result.byline = byline;
  if (lang) result.lang = lang;
  if (canonicalUrl) result.canonicalUrl = canonicalUrl;
  if (published) result.published = published;
  return result;
}
