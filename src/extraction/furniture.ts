import { blocksOf, normaliseSpace } from './article-text';
import { isBylineLine, isCaptionText, isConsentText, isDateLine, isFurnitureText } from './furniture-text';
import { removeFromSourceLine } from './press-release-trailer';
import { removeRepeatedQuotes } from './repeated-quotes';
import { ELEMENT_NODE, markerOf, type DomDocument, type DomElement, type DomNode } from './dom-types';

/** Class/id words of page furniture that Readability does not always drop by itself. */
const FURNITURE_MARKER =
  /(?:^|[\s_-])(?:cookie|consent|gdpr|newsletter|subscribe|subscription|signup|sign-up|paywall|share|sharing|social|related|recommended?|read-?also|read-?more|more-on|outbrain|taboola|advert|advertisement|ad|ads|adslot|ad-slot|promo|comments?|comment-count|author|author-bio|about-author|bio|caption|credit|copyright|breadcrumbs?|tags|most-read|most-viewed|popular|newsletter-signup|partage|lire-aussi|abonnement|byline|timestamp|date|dateline|pullquote|pull-quote|sharedaddy|jp-relatedposts|skip-link|modal|overlay|interstitial-link|read-next|more-from|top-stories|gallery|lesetipp|meistgelesen|kommentare|trust-badge|widget-area|kicker|eyebrow|noprint|licen[cs]e-notice|video|video-resource|video-player|vjs)(?:$|[\s_-])/;

/** Tags that never hold article text. */
const FURNITURE_TAGS =
  'script, style, noscript, template, nav, form, button, iframe, svg, figcaption, dialog, amp-ad, amp-sidebar, amp-consent, amp-social-share, gu-island';

/** A closing author bio: "Jane Doe is a correspondent covering ...". */
const AUTHOR_BIO =
  /^(?:[A-Z][\p{L}.'-]+ ){1,3}(?:is|was) (?:a|an|the|our) (?:[\p{L}'’-]+ ){0,4}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|analyst|producer)\b/u;

/** A closing line about the author: "Jane Doe covers city hall. Reach her at ...". */
const AUTHOR_NOTE =
  /^(?:[A-Z][\p{L}.'-]+ ){1,3}(?:covers|writes about|reports on)\b|\breach (?:him|her|them) at\b|\bfollow (?:him|her|them) on\b/u;

const PROTECTED = new Set(['html', 'body', 'main', 'article']);

function textLength(element: DomElement): number {
  return normaliseSpace(element.textContent ?? '').length;
}

function paragraphText(element: DomElement): number {
  let total = 0;
  const paragraphs = element.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length; i++) total += textLength(paragraphs[i]!);
  return total;
}

/**
 * Removes furniture from the whole page before Readability runs: tags that never hold prose, and
 * blocks whose class or id says what they are, unless they hold a large share of the page's paragraphs
 * (a wrapper with "share" in its class is still the article).
 */
export function removePageFurniture(doc: DomDocument): void {
  const root = doc.body ?? doc.documentElement;
  removeFurnitureTags(root);
  removeEmbedChrome(root);
  removeSidebarCells(root);
  const total = Math.max(1, proseLength(root));
  const marked = Array.from(root.querySelectorAll('[class], [id], [role], [data-qa], [data-testid]'));
  for (const element of marked) {
    if (!element.parentNode || PROTECTED.has(element.tagName.toLowerCase())) continue;
    if (!FURNITURE_MARKER.test(pageMarkerOf(element))) continue;
    if (proseLength(element) / total > 0.3) continue;
    element.remove();
  }
}

/**
 * Removes the tags that never hold prose, except an element that holds most of the text: ASP.NET
 * pages wrap the whole body in one `<form>`, which is then the page, not a search box.
 */
function removeFurnitureTags(root: DomElement): void {
  let total: number | undefined;
  const tags = Array.from(root.querySelectorAll(FURNITURE_TAGS));
  for (const element of tags.reverse()) {
    if (!element.parentNode) continue;
    if (/^(?:form|gu-island)$/i.test(element.tagName)) {
      total ??= Math.max(1, proseLength(root));
      if (proseLength(element) / total > 0.5) continue;
    }
    element.remove();
  }
}

/** Class, id and role, plus the test and QA hooks that modern CMSs (Arc XP, Next.js sites) name blocks with. */
function pageMarkerOf(element: DomElement): string {
  const hooks = [element.getAttribute('data-qa'), element.getAttribute('data-testid')]
    .filter((v): v is string => typeof v === 'string')
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase();
  return `${markerOf(element)} ${hooks}`;
}

const EMBED =
  /(?:^|\s)(?:twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|text-post-media|fb-xfbml-parse-ignore)(?:$|\s)/;

/**
 * Keeps only the quoted words of an embedded post: the text of its paragraphs. The author line,
 * handle, date and "pic.twitter.com" links around them are the embed's chrome.
 */
function removeEmbedChrome(root: DomElement): void {
  for (const quote of Array.from(root.querySelectorAll('blockquote[class]'))) {
    if (!EMBED.test(quote.getAttribute('class') ?? '')) continue;
    const paragraphs = quote.querySelectorAll('p');
    if (paragraphs.length === 0) continue;
    for (const child of Array.from(quote.childNodes)) {
      if (child.nodeType === ELEMENT_NODE && (child as DomElement).tagName.toLowerCase() === 'p') continue;
      (child as DomNode & { remove(): void }).remove();
    }
    for (const link of Array.from(quote.querySelectorAll('a'))) {
      if (
        /^(?:pic\.twitter\.com|pic\.x\.com|https?:\/\/t\.co)\//i.test(normaliseSpace(link.textContent ?? ''))
      )
        link.remove();
    }
  }
}

/**
 * Characters of prose in an element: its paragraphs of 80 characters or more, whether the site
 * writes them as <p>, as text in <div>s or as lines split by <br>.
 */
function proseLength(element: DomElement): number {
  return blocksOf(element).reduce((sum, block) => (block.length >= 80 ? sum + block.length : sum), 0);
}

/** The longest paragraph of an element, in characters. */
function longestBlock(element: DomElement): number {
  return blocksOf(element).reduce((max, block) => Math.max(max, block.length), 0);
}

/**
 * Old table layouts put the story in one cell and boxes of links, listings and weather in the cells
 * beside it. A cell with no paragraph of prose next to a cell that holds the story is a sidebar.
 */
function removeSidebarCells(root: DomElement): void {
  for (const row of Array.from(root.querySelectorAll('tr'))) {
    const cells = Array.from(row.children).filter((c) => /^t[dh]$/i.test(c.tagName));
    if (cells.length < 2) continue;
    const longest = cells.map(longestBlock);
    const story = Math.max(...longest);
    if (story < 200) continue;
    cells.forEach((cell, i) => {
      if (longest[i]! < 120) cell.remove();
    });
  }
}

const HEADING = /^h[1-6]$/;
const LINK_LIST_HEADING =
  /^(?:related|read (?:more|also|next)|more (?:on|about|from)|see also|most (?:read|popular)|recommended|you (?:may|might) also like|further reading|don'?t miss)\b/i;

function linkDensity(element: DomElement): number {
  const length = textLength(element);
  if (length === 0) return 0;
  let linked = 0;
  const links = element.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) linked += textLength(links[i]!);
  return linked / length;
}

/**
 * Removes what Readability leaves in the article body: "Read also" lines, link lists under a
 * "Related" heading, captions and credits, prompts, share bars, comment counts and a closing author bio.
 */
export function removeArticleFurniture(content: DomElement, title: string | undefined): void {
  removeFurnitureTags(content);
  for (const element of Array.from(content.querySelectorAll('figure [class*="credit"], figure small')))
    element.remove();
  for (const element of Array.from(content.querySelectorAll('[class], [id]'))) {
    if (element.parentNode && FURNITURE_MARKER.test(markerOf(element)) && paragraphText(element) < 400)
      element.remove();
  }
  const blocks = Array.from(
    content.querySelectorAll(
      'p, li, h1, h2, h3, h4, h5, h6, div, span, blockquote, small, aside, section, header, footer, time, a',
    ),
  );
  for (const block of blocks) {
    if (!block.parentNode) continue;
    const tag = block.tagName.toLowerCase();
    const text = normaliseSpace(block.textContent ?? '');
    if (text === '') continue;
    if ((HEADING.test(tag) || isBoldLine(block, text)) && LINK_LIST_HEADING.test(text)) {
      removeFollowingLinkBlocks(block);
      block.remove();
    } else if (isFurnitureText(text) || isConsentText(text)) {
      block.remove();
    } else if (
      isLeafBlock(block) &&
      !isInlineInSentence(block, text) &&
      (isDateLine(text) || isBylineLine(text) || isCaptionText(text))
    ) {
      block.remove();
    } else if (
      (tag === 'ul' || tag === 'ol' || tag === 'li') &&
      linkDensity(block) > 0.8 &&
      text.length < 200
    ) {
      block.remove();
    } else if (title && sameText(title, text) && (HEADING.test(tag) || isLeafBlock(block))) {
      block.remove();
    }
  }
  for (const list of Array.from(content.querySelectorAll('ul, ol'))) {
    if (list.parentNode && linkDensity(list) > 0.8) list.remove();
  }
  removeRepeatedQuotes(content);
  removeFromSourceLine(content);
  removeClosingBio(content);
  removeTrailingHeadings(content);
}

/** A paragraph that is one bold phrase ("<p><strong>DON'T MISS</strong></p>") acts as a heading. */
function isBoldLine(block: DomElement, text: string): boolean {
  if (block.tagName.toLowerCase() !== 'p' || text.length > 60) return false;
  const bold = block.querySelector('strong, b');
  return bold !== null && normaliseSpace(bold.textContent ?? '') === text;
}

const INLINE = /^(?:span|a|time|small)$/i;

/** An inline element inside a sentence ("<span>July 8, 2025</span> /PRNewswire/ -- …") is part of it. */
function isInlineInSentence(element: DomElement, text: string): boolean {
  const parent = element.parentElement;
  if (!parent || !INLINE.test(element.tagName)) return false;
  return normaliseSpace(parent.textContent ?? '').length > text.length + 20;
}

/** Headings with nothing after them are the titles of link boxes whose links were removed. */
function removeTrailingHeadings(content: DomElement): void {
  const headings = Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  for (const heading of headings.reverse()) {
    if (hasTextAfter(heading, content)) return;
    heading.remove();
  }
}

function hasTextAfter(element: DomElement, root: DomElement): boolean {
  for (let node: DomNode | null = element; node && node !== root; node = node.parentNode) {
    const siblings = Array.from(node.parentNode?.childNodes ?? []);
    for (const sibling of siblings.slice(siblings.indexOf(node) + 1)) {
      if (normaliseSpace(sibling.textContent ?? '') !== '') return true;
    }
  }
  return false;
}

const BLOCK_CHILD = 'p, div, ul, ol, li, table, h1, h2, h3, h4, h5, h6, blockquote, section, article, figure';

/** A block with no blocks inside it: one paragraph, line or label. */
function isLeafBlock(element: DomElement): boolean {
  return element.querySelector(BLOCK_CHILD) === null;
}

function sameText(a: string, b: string): boolean {
  const key = (s: string): string =>
    normaliseSpace(s)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) !== '' && key(a) === key(b);
}

function removeFollowingLinkBlocks(heading: DomElement): void {
  const parent = heading.parentElement;
  if (!parent) return;
  const siblings = Array.from(parent.children);
  let index = siblings.indexOf(heading) + 1;
  while (index < siblings.length) {
    const next = siblings[index]!;
    if (HEADING.test(next.tagName.toLowerCase()) || linkDensity(next) < 0.6) break;
    next.remove();
    index++;
  }
}

function removeClosingBio(content: DomElement): void {
  const paragraphs = Array.from(content.querySelectorAll('p'));
  for (const paragraph of paragraphs.slice(-2)) {
    const text = normaliseSpace(paragraph.textContent ?? '');
    const bio =
      AUTHOR_BIO.test(text) &&
      (paragraph.querySelector('em, i') !== null || /\b(?:covering|covers|based in|follow)\b/i.test(text));
    if (text.length < 400 && (bio || AUTHOR_NOTE.test(text))) {
      paragraph.remove();
    }
  }
}
