import { dayAtOffset, parseStamp, type Stamp } from './date-forms';
import type { DomDocument, DomElement } from './dom-types';
import { isArticleNode, stringField, type JsonLdNode } from './json-ld';
import { dateFromUrl, postedDateInText } from './publication-date';
import { readVisibleDates } from './visible-dates';

/** Where a publication date was read. */
export type PageDateSource = 'metadata' | 'url' | 'markup' | 'text';

/** The publication day a page states, and how sure the finder is of it. */
export interface PageDates {
  /** From metadata, the URL or the article's header: use it before anything in the article text. */
  strong?: { day: string; source: PageDateSource };
  /**
   * A weaker guess, worked out only when asked for: a "Posted …" label anywhere, the date the page
   * was last modified, the page's most frequent date, the first date anywhere.
   */
  weak(): string | undefined;
}

/** Meta tags (name, property or itemprop, lower-cased) that state the publication time, best first. */
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'publication_date',
  'publication-date',
  'dc.date.issued',
  'dcterms.issued',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'bepress_citation_date',
  'parsely-pub-date',
  'sailthru.date',
  'og:pubdate',
  'dc.date.created',
  'dcterms.created',
  'datecreated',
];
/** Names CMSs also fill with the day a page was generated or last changed: they yield to the day the page shows. */
const LOOSE_META = ['dc.date', 'dcterms.date', 'date', 'uploaddate'];
/** Any other meta name about a publication day ("sw-pubdate", "article_date_original", "displaydate"). */
const PUBLISHED_NAME =
  /publi|pub-?date|(?:^|[._:-])date(?:$|[._:-])|date_?original|displaydate|created|issued/;
const NOT_PUBLISHED_NAME = /modif|updat|revis|expir|lastmod|end|valid|event|birth|start|refresh|review|print/;
const MODIFIED_META = [
  'jsonld:datemodified',
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
];

interface Options {
  urls: Array<string | undefined>;
  jsonLd: JsonLdNode[];
  lang: string | undefined;
  /** Dates after this instant are placeholders or typos, never the publication day. */
  now: Date;
}

/**
 * The page's publication day: JSON-LD, meta tags and microdata first, then a date in the URL path,
 * then `<time>` and date elements in the article header and the line under the headline. A UTC (or
 * zone-less) timestamp does not win over the local day the page shows or its URL gives (an evening
 * story stamped with the next day in UTC).
 */
export function findPageDates(doc: DomDocument, options: Options): PageDates {
  const latest = options.now.toISOString().slice(0, 10);
  const valid = (day: string | undefined): day is string => day !== undefined && day <= latest;
  const metas = readMetas(doc);
  const jsonLdModified = options.jsonLd.map((n) => stringField(n, 'dateModified')).find(Boolean);
  if (jsonLdModified) metas.set('jsonld:datemodified', jsonLdModified);
  const stamps = publishedStamps(options.jsonLd, metas, PUBLISHED_META).filter((s) => valid(s.day));
  const loose = publishedStamps([], metas, LOOSE_META, true).filter((s) => valid(s.day));
  const urlDay = options.urls.map(dateFromUrl).find(valid);
  const visible = readVisibleDates(doc, options.lang);
  const shown = (): string | undefined => [visible.header(), visible.markup()].find(valid);
  const modified = MODIFIED_META.map((name) => parseStamp(metas.get(name))?.day).find(valid);
  const result: PageDates = {
    weak: () =>
      [
        postedDateInText(visible.pageText(), options.lang),
        modified,
        visible.frequent(),
        visible.anywhere(),
      ].find(valid),
  };

  const first = stamps[0] ?? (shown() === undefined ? loose[0] : undefined);
  if (first) {
    const zoned = [...stamps, ...MODIFIED_META.map((name) => parseStamp(metas.get(name)))];
    const offset = zoned.find((s) => s?.offsetMinutes !== undefined)?.offsetMinutes;
    const day = localDay(first, offset, urlDay, () => visible.header() ?? visible.markup());
    // A page that shows its last update as its date ("Updated March 3, 2024") is dated by it.
    const shownModified = modified !== undefined && modified > day && visible.header() === modified;
    result.strong = { day: shownModified ? modified : day, source: 'metadata' };
  } else if (urlDay) {
    result.strong = { day: urlDay, source: 'url' };
  } else {
    const day = shown();
    if (day) result.strong = { day, source: 'markup' };
  }
  return result;
}

/**
 * The local day of the winning stamp. A stamp with a stated offset is already local. A UTC one is
 * moved to the offset another stamp on the page states; failing that, it yields to the day the
 * page shows under its headline or its URL gives, when that day is one day off in the direction
 * its clock time allows (an evening story in the Americas is stamped early the next day in UTC).
 * A stamp with no zone is taken as local time and yields only to the URL.
 */
function localDay(
  stamp: Stamp,
  offset: number | undefined,
  url: string | undefined,
  shown: () => string | undefined,
): string {
  if (!stamp.floating || stamp.instant === undefined) return stamp.day;
  if (stamp.utc && offset !== undefined) return dayAtOffset(stamp.instant, offset);
  const hour = stamp.hour ?? 12;
  const plausible = (day: string | undefined): day is string => {
    if (day === undefined) return false;
    const shift = (Date.parse(day) - Date.parse(stamp.day)) / 86_400_000;
    return (shift === -1 && hour < 10) || (shift === 1 && hour >= 13);
  };
  if (plausible(url)) return url;
  const day = stamp.utc ? shown() : undefined;
  return plausible(day) ? day : stamp.day;
}

/** Stamps of the publication time, best source first: article nodes of JSON-LD, other nodes, then meta tags. */
function publishedStamps(
  jsonLd: JsonLdNode[],
  metas: Map<string, string>,
  names: string[],
  generic = false,
): Stamp[] {
  const stamps: Stamp[] = [];
  const add = (raw: string | undefined): void => {
    const stamp = parseStamp(raw);
    if (stamp) stamps.push(stamp);
  };
  const articles = jsonLd.filter(isArticleNode);
  for (const node of articles) add(stringField(node, 'datePublished'));
  for (const node of jsonLd)
    if (!isArticleNode(node) && !isMediaNode(node)) add(stringField(node, 'datePublished'));
  for (const node of articles) add(stringField(node, 'dateCreated'));
  for (const name of names) add(metas.get(name));
  if (!generic) return stamps;
  for (const [name, value] of metas) {
    const known = PUBLISHED_META.includes(name) || LOOSE_META.includes(name);
    if (!known && PUBLISHED_NAME.test(name) && !NOT_PUBLISHED_NAME.test(name)) add(value);
  }
  return stamps;
}

/** Images and videos embedded in a page carry their own dates, not the article's. */
function isMediaNode(node: JsonLdNode): boolean {
  const type = node['@type'];
  return typeof type === 'string' && /^(?:Image|Video|Audio|Media)Object$|^Person$|^Organization$/.test(type);
}

/** Meta values by lower-cased name, property or itemprop (the first of each name), and microdata dates. */
function readMetas(doc: DomDocument): Map<string, string> {
  const metas = new Map<string, string>();
  const elements = doc.querySelectorAll('meta[content]');
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const name = element.getAttribute(attr)?.trim().toLowerCase();
      if (name && !metas.has(name)) metas.set(name, content);
    }
  }
  // Microdata outside <meta>: <time itemprop="datePublished" datetime="…">, <span itemprop="datePublished">.
  const micro = doc.querySelectorAll('[itemprop="datePublished"], [itemprop="dateCreated"]');
  for (let i = 0; i < micro.length; i++) {
    const element: DomElement = micro[i]!;
    if (element.tagName.toLowerCase() === 'meta') continue;
    const name = element.getAttribute('itemprop')!.toLowerCase();
    const value =
      element.getAttribute('datetime') ??
      element.getAttribute('content') ??
      element.getAttribute('title') ??
      element.textContent ??
      '';
    if (!metas.has(name) && value.trim() !== '') metas.set(name, value.trim());
  }
  return metas;
}
