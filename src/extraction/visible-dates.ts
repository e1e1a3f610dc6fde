import { normaliseSpace } from './article-text';
import { datesInText, formatDay, parseStamp } from './date-forms';
import { ELEMENT_NODE, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom-types';

/** Dates a reader sees on the page, by where they sit. */
export interface VisibleDates {
  /** A `<time>` element or an element marked as a date ("entry-date", "byline", "postDetails") in the article's header. */
  markup?: string;
  /** The first date just under the headline (or just above it): a byline or dateline. */
  header?: string;
  /** The day the page's visible text names most often (at least twice), else the first it names. */
  frequent?: string;
  /** The first day named anywhere in the body, furniture included; or with a two-digit year (19.11.19). */
  anywhere?: string;
  /** The page's visible text without navigation, sidebars, footers and comments. */
  pageText: string;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'select',
  'option',
  'textarea',
  'iframe',
  'head',
]);
const BLOCK =
  /^(?:p|div|li|h[1-6]|tr|td|th|section|article|header|footer|main|br|time|span|dd|dt|ul|ol|table|blockquote)$/;

/** Class words of regions that are not the article: comments, related links, sidebars, menus. */
const FURNITURE_WORD =
  /^(?:comments?|comment-\w+|related\w*|sidebar|sidebar-\w+|recommend\w*|widget|widget-\w+|menu|navigation|breadcrumbs?|teaser-list|most-read|popular)$/;
/** Words of class names and ids that mark an element holding a date. */
const DATE_WORD =
  /^(?:date|dates|datum|time|zeit|dateline|timestamp|published|publish|publication|pubdate|posted|postdate|created|submitted|byline|meta|info|details|fecha|datetime|stand|erstellt|entry|updated)$/;

function words(element: DomElement): string[] {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

function classTokens(element: DomElement): string[] {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * True when the element sits in a region that is not the article: an aside or nav, a footer or
 * header outside the article, or a block whose own class says comments, related links or sidebar.
 * Only the element's own region counts: a `has-sidebar` class on the page's body or layout does not.
 */
export function inFurnitureRegion(element: DomElement): boolean {
  let inArticle = false;
  for (let node = element.parentElement; node; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'article' || node.getAttribute('itemprop') === 'articleBody') inArticle = true;
  }
  for (let node = element.parentElement; node; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'body' || tag === 'html') break;
    if (tag === 'aside' || tag === 'nav') return true;
    if (tag === 'footer' && !inArticle) return true;
    if (isFurnitureBlock(node)) return true;
  }
  return false;
}

/** A block whose class says comments, related links or sidebar, and that does not hold the article itself. */
function isFurnitureBlock(element: DomElement): boolean {
  return (
    classTokens(element).some((t) => FURNITURE_WORD.test(t)) &&
    element.querySelector('h1, article, [itemprop="articleBody"]') === null
  );
}

function firstDate(text: string, lang: string | undefined): string | undefined {
  return datesInText(text, lang)[0]?.day;
}

function fromTimes(doc: DomDocument, lang: string | undefined): string | undefined {
  for (const scope of ['article', 'main', '[itemprop="articleBody"]', 'body']) {
    const times = doc.querySelectorAll(`${scope} time`);
    for (let i = 0; i < times.length; i++) {
      const time = times[i]!;
      if (inFurnitureRegion(time)) continue;
      const day =
        parseStamp(time.getAttribute('datetime'))?.day ??
        firstDate(normaliseSpace(time.textContent ?? ''), lang);
      if (day) return day;
    }
  }
  return undefined;
}

function fromDateElements(doc: DomDocument, lang: string | undefined): string | undefined {
  for (const scope of ['article', 'main', 'body']) {
    const elements = doc.querySelectorAll(`${scope} [class], ${scope} [id]`);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      if (!words(element).some((w) => DATE_WORD.test(w))) continue;
      const text = normaliseSpace(element.textContent ?? '');
      if (text.length > 160 || inFurnitureRegion(element)) continue;
      // <abbr class="published" title="2011-03-30T21:05:00-07:00">9:05 PM</abbr>
      const day =
        parseStamp(element.getAttribute('datetime') ?? element.getAttribute('title'))?.day ??
        firstDate(text, lang);
      if (day) return day;
    }
  }
  return undefined;
}

interface TextWalk {
  text: string;
  /** Where the headline starts in `text`, or -1. */
  headline: number;
}

/** The visible text of the page, skipping navigation, sidebars, footers and comments; and where the headline is. */
function walkText(doc: DomDocument): TextWalk {
  const parts: string[] = [];
  let length = 0;
  let headline = -1;
  const headlineElement =
    doc.querySelector('article h1, main h1, [itemprop="headline"], h1') ?? doc.querySelector('h2');
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      parts.push(text);
      length += text.length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as DomElement;
    const tag = element.tagName.toLowerCase();
    if (SKIP.has(tag) || tag === 'nav' || tag === 'aside') return;
    if (tag !== 'body' && isFurnitureBlock(element)) return;
    if (element === headlineElement) headline = length;
    if (BLOCK.test(tag)) {
      parts.push(' | ');
      length += 3;
    }
    const children = element.childNodes;
    for (let i = 0; i < children.length; i++) visit(children[i]!);
  };
  visit(doc.body ?? doc.documentElement);
  return { text: parts.join(''), headline };
}

/** Reads the dates a reader sees: in date markup, around the headline, and across the page. */
export function readVisibleDates(doc: DomDocument, lang: string | undefined): VisibleDates {
  const walk = walkText(doc);
  const pageText = normaliseSpace(walk.text);
  const result: VisibleDates = { pageText };
  const markup = fromTimes(doc, lang) ?? fromDateElements(doc, lang);
  if (markup) result.markup = markup;
  if (walk.headline >= 0) {
    const after = datesInText(walk.text.slice(walk.headline, walk.headline + 1200), lang)[0]?.day;
    const before = datesInText(walk.text.slice(Math.max(0, walk.headline - 300), walk.headline), lang).pop()
      ?.day;
    const header = after ?? before;
    if (header) result.header = header;
  }
  const counts = new Map<string, number>();
  for (const date of datesInText(pageText, lang)) counts.set(date.day, (counts.get(date.day) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (entry[1] >= 2 && (!best || entry[1] > best[1])) best = entry;
  const frequent = best?.[0] ?? datesInText(pageText, lang)[0]?.day;
  if (frequent) result.frequent = frequent;
  const body = normaliseSpace(doc.body?.textContent ?? '');
  const anywhere = datesInText(body, lang)[0]?.day ?? shortYearDate(pageText);
  if (anywhere) result.anywhere = anywhere;
  return result;
}

/** The first day written with a two-digit year, day first: 19.11.19. */
function shortYearDate(text: string): string | undefined {
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/g)) {
    const day = formatDay(2000 + Number(m[3]), Number(m[2]), Number(m[1]));
    if (day) return day;
  }
  return undefined;
}
