import { normaliseSpace } from './article-text';
import type { DomDocument, DomElement } from './dom-types';
import { isDateLine } from './furniture-text';
import { dateInText } from './publication-date';

/**
 * MediaWiki pages (Wikinews in the Vector 2022, Vector legacy, MonoBook and Minerva skins) hold
 * the article in `.mw-parser-output`; everything around it, and a good part inside it, is wiki
 * furniture with well-known class names.
 */
const ARTICLE_ROOT = '#mw-content-text .mw-parser-output, .mw-parser-output';

/** Wiki furniture inside and around the article: boxes, captions, edit links, categories, footers. */
const WIKI_FURNITURE = [
  '.mw-editsection',
  '#siteSub',
  '#contentSub',
  '#jump-to-nav',
  '.mw-jump-link',
  '.printfooter',
  '#catlinks',
  '.catlinks',
  '.infobox',
  '.navbox',
  '.sisterlinks',
  '.ambox',
  '.mbox-small',
  '.metadata',
  '.noprint',
  '.thumb',
  '.thumbcaption',
  '.gallery',
  '.mw-references-wrap',
  '.reflist',
  'sup.reference',
  '.mw-cite-backlink',
  '.license-notice',
  '#footer',
  '.mw-footer',
].join(', ');

/** Trailing sections that list sources and links rather than tell the story. */
const TRAILING_SECTION =
  /^(?:sources?|external links?|references|notes|see also|related news|sister links|further reading|quellen|weblinks|sources et liens)$/i;

const HEADING = /^h[1-6]$/i;

/**
 * The dateline Wikinews opens every article with ("Tuesday, March 3, 2009"): the article's first
 * paragraph when it holds only a date. It is the publication date (Wikinews has no date metadata)
 * and the first line of the text a reader sees.
 */
export function wikiDateline(doc: DomDocument): { line: string; date: string } | undefined {
  const root = doc.querySelector(ARTICLE_ROOT);
  if (!root) return undefined;
  const paragraphs = root.querySelectorAll('p');
  for (let i = 0; i < Math.min(paragraphs.length, 3); i++) {
    const line = normaliseSpace(paragraphs[i]!.textContent ?? '');
    if (line === '') continue;
    const date = isDateLine(line) ? dateInText(line) : undefined;
    return date ? { line, date } : undefined;
  }
  return undefined;
}

/** Removes wiki furniture and the trailing Sources / External links sections before Readability. */
export function removeWikiFurniture(doc: DomDocument): void {
  const root = doc.querySelector(ARTICLE_ROOT);
  if (!root) return;
  const page = doc.body ?? doc.documentElement;
  for (const element of Array.from(page.querySelectorAll(WIKI_FURNITURE))) {
    if (element.parentNode && !holds(element, root)) element.remove();
  }
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (!heading.parentNode || !TRAILING_SECTION.test(normaliseSpace(heading.textContent ?? ''))) continue;
    removeSection(sectionStart(heading, root), levelOf(heading));
  }
}

/** Vector 2022 and Minerva wrap a heading in `<div class="mw-heading">`; the section follows the wrapper. */
function sectionStart(heading: DomElement, root: DomElement): DomElement {
  const parent = heading.parentElement;
  return parent && parent !== root && /\bmw-heading\b/.test(parent.getAttribute('class') ?? '')
    ? parent
    : heading;
}

function levelOf(heading: DomElement): number {
  return Number(heading.tagName.slice(1));
}

/** The heading level a block starts, or 0 when it is not a heading. */
function headingLevel(element: DomElement): number {
  if (HEADING.test(element.tagName)) return levelOf(element);
  const inner = element.querySelector('h1, h2, h3, h4, h5, h6');
  return inner && /\bmw-heading\b/.test(element.getAttribute('class') ?? '') ? levelOf(inner) : 0;
}

/** Removes a section's heading and every following sibling up to the next heading of its level or above. */
function removeSection(start: DomElement, level: number): void {
  const parent = start.parentElement;
  if (!parent) return;
  const siblings = Array.from(parent.children);
  for (let i = siblings.indexOf(start) + 1; i < siblings.length; i++) {
    const next = siblings[i]!;
    const nextLevel = headingLevel(next);
    if (nextLevel !== 0 && nextLevel <= level) break;
    next.remove();
  }
  start.remove();
}

/** True when `element` is `node` or one of its ancestors. */
function holds(element: DomElement, node: DomElement): boolean {
  for (let current: DomElement | null = node; current; current = current.parentElement)
    if (current === element) return true;
  return false;
}
