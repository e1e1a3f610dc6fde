import { normaliseSpace } from './article-text';
import { markerOf, type DomDocument, type DomElement } from './dom-types';

/** Class/id words of page furniture that Readability does not always drop by itself. */
const FURNITURE_MARKER =
  /(?:^|[\s_-])(?:cookie|consent|gdpr|newsletter|subscribe|subscription|signup|sign-up|paywall|share|sharing|social|related|recommended?|read-?also|read-?more|more-on|outbrain|taboola|advert|advertisement|ad|ads|adslot|ad-slot|promo|comments?|comment-count|author|author-bio|about-author|bio|caption|credit|copyright|breadcrumbs?|tags|most-read|popular|newsletter-signup|partage|lire-aussi|abonnement)(?:$|[\s_-])/;

/** Tags that never hold article text. */
const FURNITURE_TAGS =
  'script, style, noscript, template, nav, form, button, iframe, svg, figcaption, dialog';

/** Short blocks that are prompts or labels, not article text. Matched against a whole block's text. */
const FURNITURE_TEXT: RegExp[] = [
  /^(?:read|see) (?:also|more)\b/i,
  /^also read\b/i,
  /^(?:à )?lire (?:aussi|également)\b|^lesen sie (?:auch|mehr)\b|^mehr zum thema\b|^lea (?:también|además)\b|^leggi anche\b/i,
  /^(?:partager|teilen|compartir|condividi)\b.{0,80}$/i,
  /\b(?:abonnez-vous|inscrivez-vous)\b.{0,120}\b(?:lettre d.information|newsletter)\b/i,
  /^related(?: (?:article|stories|story|coverage|content|links?|reading))?\s*:/i,
  /^more (?:on|about) (?:this|the) (?:story|topic|subject)\b/i,
  /^(?:recommended|you (?:may|might) (?:also )?like|most (?:read|popular))\b/i,
  /^advertisement$|^advertising$|^sponsored(?: content)?$|^ad$/i,
  /^(?:sign up|subscribe|register)\b.{0,160}(?:newsletter|inbox|subscri|free|email)/i,
  /\b(?:newsletter|our daily briefing)\b.{0,120}\b(?:sign up|subscribe|inbox)\b/i,
  /^(?:subscribe|already a subscriber|log in to|sign in to|to continue reading|you have \d+ free)/i,
  /^share(?: this(?: article| story)?| on)?\b.{0,80}$/i,
  /^(?:facebook|twitter|x|whatsapp|linkedin|email|copy link|print)(?:\s+(?:facebook|twitter|x|whatsapp|linkedin|email|copy link|print))*$/i,
  /^(?:photo|image|picture|illustration|video|credit|photograph)s?\s*(?:credit)?\s*:/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /^(?:\d[\d,]*\s+comments?|comments?\s*\(?\d*\)?|show comments|view comments|join the (?:conversation|discussion)|leave a comment)$/i,
  /^(?:follow us|follow (?:\w+ ){0,3}on (?:twitter|x|facebook|instagram))\b/i,
  /\b(?:we value your privacy|before you continue|your privacy choices|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|we use cookies|manage (?:your )?(?:cookie )?(?:choices|preferences))\b/i,
];

/** A closing author bio: "Jane Doe is a correspondent covering ...". */
const AUTHOR_BIO =
  /^(?:[A-Z][\p{L}.'-]+ ){1,3}(?:is|was) (?:a|an|the|our) (?:[\p{L}'’-]+ ){0,4}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|analyst|producer)\b/u;

/** Consent-dialog prose: the site speaking of "our partners", "your device" and cookies or consent. */
const CONSENT_VOICE =
  /\b(?:our (?:\d+ )?partners|your device|your (?:privacy )?preferences|your (?:privacy )?choices|your consent)\b/i;
const CONSENT_TOPIC =
  /\b(?:cookies?|consent(?:ing)?|personal data|personali[sz]ed (?:ads|advertising)|identifiers)\b/i;

/** True for a paragraph of a cookie or consent dialog, whatever its length. */
export function isConsentText(text: string): boolean {
  return CONSENT_VOICE.test(text) && CONSENT_TOPIC.test(text);
}

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

/** True when a short block's text is a label, prompt or credit rather than article prose. */
export function isFurnitureText(text: string): boolean {
  const clean = normaliseSpace(text);
  if (clean === '' || clean.length > 280) return false;
  return FURNITURE_TEXT.some((pattern) => pattern.test(clean));
}

/**
 * Removes furniture from the whole page before Readability runs: tags that never hold prose, and
 * blocks whose class or id says what they are, unless they hold a large share of the page's paragraphs
 * (a wrapper with "share" in its class is still the article).
 */
export function removePageFurniture(doc: DomDocument): void {
  const root = doc.body ?? doc.documentElement;
  const tags = root.querySelectorAll(FURNITURE_TAGS);
  for (let i = tags.length - 1; i >= 0; i--) tags[i]!.remove();
  const total = Math.max(1, paragraphText(root));
  const marked = Array.from(root.querySelectorAll('[class], [id], [role]'));
  for (const element of marked) {
    if (!element.parentNode || PROTECTED.has(element.tagName.toLowerCase())) continue;
    if (!FURNITURE_MARKER.test(markerOf(element))) continue;
    if (paragraphText(element) / total > 0.3) continue;
    element.remove();
  }
}

const HEADING = /^h[1-6]$/;
const LINK_LIST_HEADING =
  /^(?:related|read (?:more|also|next)|more (?:on|about|from)|see also|most (?:read|popular)|recommended|you (?:may|might) also like|further reading)\b/i;

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
  for (const element of Array.from(
    content.querySelectorAll(`${FURNITURE_TAGS}, figure [class*="credit"], figure small`),
  ))
    element.remove();
  for (const element of Array.from(content.querySelectorAll('[class], [id]'))) {
    if (element.parentNode && FURNITURE_MARKER.test(markerOf(element)) && paragraphText(element) < 400)
      element.remove();
  }
  const blocks = Array.from(
    content.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, div, span, blockquote, small, aside, section'),
  );
  for (const block of blocks) {
    if (!block.parentNode) continue;
    const tag = block.tagName.toLowerCase();
    const text = normaliseSpace(block.textContent ?? '');
    if (text === '') continue;
    if (HEADING.test(tag) && LINK_LIST_HEADING.test(text)) {
      removeFollowingLinkBlocks(block);
      block.remove();
    } else if (isFurnitureText(text) || isConsentText(text)) {
      block.remove();
    } else if (
      (tag === 'ul' || tag === 'ol' || tag === 'li') &&
      linkDensity(block) > 0.8 &&
      text.length < 200
    ) {
      block.remove();
    } else if (HEADING.test(tag) && title && normaliseSpace(title).toLowerCase() === text.toLowerCase()) {
      block.remove();
    }
  }
  for (const list of Array.from(content.querySelectorAll('ul, ol'))) {
    if (list.parentNode && linkDensity(list) > 0.8) list.remove();
  }
  removeClosingBio(content);
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
