import { normaliseSpace } from './article-text';
import { datesInText, formatDay, parseStamp } from './date-forms';
import { ELEMENT_NODE, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom-types';

/** Dates a reader sees, by where they sit; each is read only when first asked for. */
export interface VisibleDates {
  /** A `<time>` element or an element marked as a date ("entry-date", "byline", "postDetails"), article first. */
  markup(): string | undefined;
  /** The first date just under the headline (or just above it): a byline or dateline. */
  header(): string | undefined;
  /** The day the page's visible text names most often (at least twice), else the first it names. */
  frequent(): string | undefined;
  /** The first day named anywhere in the body, furniture included; or with a two-digit year (19.11.19). */
  anywhere(): string | undefined;
  /** The page's visible text without navigation, sidebars, footers and comments. */
  pageText(): string;
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

function within(element: DomElement, tags: RegExp): boolean {
  for (let node = element.parentElement; node; node = node.parentElement)
    if (tags.test(node.tagName)) return true;
  return false;
}

function firstDate(text: string, lang: string | undefined): string | undefined {
  return datesInText(text, lang)[0]?.day;
}

function fromTimes(doc: DomDocument, lang: string | undefined): string | undefined {
  const times = Array.from(doc.querySelectorAll('time'));
  if (times.length === 0) return undefined;
  // Inside the article first, then the main region, then anywhere.
  for (const scope of [/^article$/i, /^main$/i, /./]) {
    for (const time of times) {
      if ((scope.source !== '.' && !within(time, scope)) || inFurnitureRegion(time)) continue;
      const day =
        parseStamp(time.getAttribute('datetime'))?.day ??
        firstDate(normaliseSpace(time.textContent ?? ''), lang);
      if (day) return day;
    }
  }
  return undefined;
}

/** A cheap first test of class and id before they are split into words. */
const DATE_HINT =
  /dat|time|zeit|publi|post|creat|submit|byline|meta|info|detail|fecha|stand|erstellt|entry|updated/i;

function fromDateElements(doc: DomDocument, lang: string | undefined): string | undefined {
  const all = doc.querySelectorAll('[class], [id]');
  const marked: DomElement[] = [];
  for (let i = 0; i < all.length; i++) {
    const element = all[i]!;
    const hint = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (DATE_HINT.test(hint) && words(element).some((w) => DATE_WORD.test(w))) marked.push(element);
  }
  // Inside the article first, then the main region, then anywhere.
  for (const scope of [/^article$/i, /^main$/i, /./]) {
    for (const element of marked) {
      if (scope.source !== '.' && !within(element, scope)) continue;
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

function headlineOf(doc: DomDocument): DomElement | null {
  return doc.querySelector('article h1, main h1, [itemprop="headline"], h1') ?? doc.querySelector('h2');
}

/**
 * The visible text of a node, skipping navigation, sidebars, footers and comments, blocks set
 * apart by " | " so that dates of neighbouring blocks never run together. Stops past `budget` characters.
 */
function visibleText(root: DomNode, budget = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: DomNode): void => {
    if (length > budget) return;
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
    if (BLOCK.test(tag)) parts.push(' | ');
    const children = element.childNodes;
    for (let i = 0; i < children.length && length <= budget; i++) visit(children[i]!);
  };
  visit(root);
  return parts.join('');
}

/** The text from the headline on, through its following siblings and those of its ancestors. */
function textAfter(headline: DomElement, budget: number): string {
  let text = visibleText(headline, budget);
  for (let node: DomNode | null = headline; node && text.length < budget; node = node.parentNode) {
    for (let next = node.nextSibling; next && text.length < budget; next = next.nextSibling)
      text += ` | ${visibleText(next, budget - text.length)}`;
  }
  return text;
}

/** The text just before the headline, within its parent and grandparent. */
function textBefore(headline: DomElement, budget: number): string {
  let text = '';
  let node: DomNode | null = headline;
  for (let level = 0; node && level < 2 && text.length < budget; level++, node = node.parentNode) {
    for (let prev = node.previousSibling; prev && text.length < budget; prev = prev.previousSibling)
      text = `${visibleText(prev, budget)} | ${text}`;
  }
  return text;
}

/** Reads the dates a reader sees, each only when asked for: in date markup, around the headline, and across the page. */
export function readVisibleDates(doc: DomDocument, lang: string | undefined): VisibleDates {
  const pageText = memo(() => normaliseSpace(visibleText(doc.body ?? doc.documentElement)));
  const markup = memo(() => fromTimes(doc, lang) ?? fromDateElements(doc, lang));
  const header = memo(() => {
    const headline = headlineOf(doc);
    if (!headline) return undefined;
    const after = datesInText(textAfter(headline, 1200), lang)[0]?.day;
    return after ?? datesInText(textBefore(headline, 300), lang).pop()?.day;
  });
  const frequent = memo(() => {
    const dates = datesInText(pageText(), lang);
    const counts = new Map<string, number>();
    for (const date of dates) counts.set(date.day, (counts.get(date.day) ?? 0) + 1);
    let best: [string, number] | undefined;
    for (const entry of counts) if (entry[1] >= 2 && (!best || entry[1] > best[1])) best = entry;
    return best?.[0] ?? dates[0]?.day;
  });
  const anywhere = memo(
    () => datesInText(normaliseSpace(doc.body?.textContent ?? ''), lang)[0]?.day ?? shortYearDate(pageText()),
  );
  return { markup, header, frequent, anywhere, pageText };
}

function memo<T>(compute: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => (cached ??= { value: compute() }).value;
}

/** The first day written with a two-digit year, day first: 19.11.19. */
function shortYearDate(text: string): string | undefined {
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/g)) {
    const day = formatDay(2000 + Number(m[3]), Number(m[2]), Number(m[1]));
    if (day) return day;
  }
  return undefined;
}
