import { normaliseSpace } from './article-text';

/** Short blocks that are prompts or labels, not article text. Matched against a whole block's text. */
const FURNITURE_TEXT: RegExp[] = [
  /^(?:read|see) (?:also|more)\b/i,
  /^read next\s*[:|»›-]/i,
  /^also read\b/i,
  /^(?:à )?lire (?:aussi|également)\b|^lesen sie (?:auch|mehr)\b|^mehr zum thema\b|^lea (?:también|además)\b|^leggi anche\b/i,
  /^(?:partager|teilen|compartir|condividi)\b.{0,80}$/i,
  /\b(?:abonnez-vous|inscrivez-vous)\b.{0,120}\b(?:lettre d.information|newsletter)\b/i,
  /^related(?: (?:article|stories|story|coverage|content|links?|reading|topics))?\s*:?$|^related(?: (?:article|stories|story|coverage|content|links?|reading))?\s*:/i,
  /^more (?:on|about) (?:this|the) (?:story|topic|subject)\b/i,
  /^(?:recommended|you (?:may|might) (?:also )?like|most (?:read|popular|viewed)|top stories|trending(?: now)?)\b/i,
  /^(?:advertisement|advertising|advert|anzeige|publicité|werbung|sponsored(?: content)?|ad|skip advertisement)$/i,
  /^(?:story continues|article continues|continue reading)(?: (?:below|after|the main story))?(?: (?:the )?(?:advertisement|ad))?$/i,
  /^advertisement\s*[·|-]\s*scroll to continue$/i,
  /^(?:sign up|subscribe|register)\b.{0,160}(?:newsletter|inbox|subscri|free|email)/i,
  /\b(?:newsletter|our daily briefing)\b.{0,120}\b(?:sign up|subscribe|inbox)\b/i,
  /^(?:subscribe|already a subscriber|log in to|sign in to|to continue reading|you have \d+ free)/i,
  /^(?:jetzt weiterlesen|weiterlesen mit)\b/i,
  /^skip (?:to|past)\b.{0,60}$|^after \w+ promotion$/i,
  /^privacy notice:/i,
  /^share(?: this(?: article| story)?| on| full article)?\b.{0,80}$/i,
  /^(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|copy link|print)(?:\s+(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|copy link|print))*$/i,
  /^(?:print|e-?mail) this (?:story|article|page)\b.{0,80}$/i,
  /^(?:photo|image|picture|illustration|video|credit|photograph|foto|bild)s?\s*(?:credit)?\s*:/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /^(?:\d[\d,]*\s+comments?|comments?\s*\(?\d*\)?|kommentare\s*\(?\d*\)?|show comments|view comments|join the (?:conversation|discussion)|leave a (?:comment|reply))$/i,
  /^(?:follow us|follow (?:\w+ ){0,3}on (?:twitter|x|facebook|instagram))\b/i,
  /\b(?:we value your privacy|before you continue|your privacy choices|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|we use cookies|manage (?:your )?(?:cookie )?(?:choices|preferences))\b/i,
  /^our standards:/i,
  /^a version of this article appears in print\b/i,
  /^view this post on instagram$|^a post shared by\b/i,
  /^(?:explore more on these topics|reuse this content|zur startseite|load more posts|show key events only|contribute|contribuer|get started)$/i,
  // Subscriber-only labels, in the original and as a browser translator renders them.
  /^(?:article |this article is )?(?:reserved for (?:our )?subscribers|réservé aux abonnés|réservé à nos abonnés)\b.{0,80}$/i,
  /^article réservé à nos abonnés$/i,
  // Separator rules and bare counters (likes, claps, shares: "1.2K").
  /^[_\-–—=*·•~]{3,}$/,
  /^\d+(?:[.,]\d+)?[KkM]?$/,
  /^to view this video please enable javascript\b|^this (?:slideshow|gallery|video|content) requires javascript\.?$/i,
  // Press-release trailers.
  /^view original content\b/i,
  /^want your company'?s news featured\b/i,
  // Wire and newspaper credit trailers: who reported, wrote and edited the story.
  /^\(?(?:additional )?(?:reporting|writing|editing|edited|compiled|research) by\b:?.{0,240}$/i,
  /^(?:[\p{Lu}][\p{L}.'’-]+ ){1,3}(?:and (?:[\p{Lu}][\p{L}.'’-]+ ){1,3})?contributed (?:reporting )?to this (?:report|story|article)\.?$/u,
  /^(?:associated press|ap) (?:writers?|reporters?) .{0,160}contributed\b.{0,40}$/i,
];

/** True when a short block's text is a label, prompt or credit rather than article prose. */
export function isFurnitureText(text: string): boolean {
  const clean = normaliseSpace(text);
  if (clean === '' || clean.length > 280) return false;
  return FURNITURE_TEXT.some((pattern) => pattern.test(clean));
}

/** Consent-dialog prose: the site speaking of "our partners", "your device" and cookies or consent. */
const CONSENT_VOICE =
  /\b(?:our (?:\d+ )?partners|your device|your (?:privacy )?preferences|your (?:privacy )?choices|your consent|unsere partner|ihre einwilligung|nos partenaires|votre consentement)\b/i;
const CONSENT_TOPIC =
  /\b(?:cookies?|consent(?:ing)?|personal data|personali[sz]ed (?:ads|advertising)|identifiers)\b/i;

/** Consent dialogs are short: a longer block that speaks of cookies is an article about them. */
const MAX_CONSENT_CHARS = 1200;

/** True for a paragraph of a cookie or consent dialog (at most a few sentences long). */
export function isConsentText(text: string): boolean {
  return text.length <= MAX_CONSENT_CHARS && CONSENT_VOICE.test(text) && CONSENT_TOPIC.test(text);
}

const DATE_WORDS = new RegExp(
  [
    '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?',
    '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?',
    '(?:januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)',
    '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)',
    '(?:posted|published|updated|last|modified|on|at|ago|hours?|hrs?|minutes?|mins?|min\\.?|read|reading|time|days?)',
    '(?:uhr|um|am|aktualisiert|veröffentlicht|lesezeit|stand|publié|mis|à|le|jour)',
    '(?:a\\.?m\\.?|p\\.?m\\.?|[ECMPA][SD]T|AE[SD]T|BST|UTC|GMT|ET|CET|CEST|MEZ|MESZ)',
    '\\d+(?:st|nd|rd|th|h|am|pm)?',
  ]
    .map((word) => `(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`)
    .join('|'),
  'giu',
);

/** A block that only gives a date or time ("June 18, 2025", "Updated 9:20 p.m. ET", "08.10.2024, 11:24 Uhr"). */
export function isDateLine(text: string): boolean {
  const clean = normaliseSpace(text);
  if (clean.length > 80 || !/\d/.test(clean)) return false;
  const rest = clean.replace(DATE_WORDS, '').replace(/[\s,.:/|·•–—()-]+/g, '');
  return rest === '';
}

/** A standalone byline: "By Carl Lindgren, Herald Staff Writer", "Von Katharina Vogt". */
export function isBylineLine(text: string): boolean {
  const clean = normaliseSpace(text);
  const match = /^(?:by|von|par|por)\s+(.+)$/i.exec(clean);
  if (!match || clean.length > 100 || /[.!?"”]$/.test(clean)) return false;
  const words = match[1]!.split(/[\s,]+/).filter(Boolean);
  return (
    words.length <= 10 &&
    words.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:and|&|und|et|y|of|the|de|von|van|der)$/i.test(w))
  );
}

/** A caption left as text: it ends with a photo credit such as "(Herald photo by Jill Sorensen)". */
export function isCaptionText(text: string): boolean {
  const clean = normaliseSpace(text);
  if (clean.length > 400) return false;
  return (
    /\((?:[^()]*\b(?:photos?|photograph|image|picture|foto|bild|credit)\b[^()]*)\)$/i.test(clean) ||
    /\b(?:photograph|photo|foto|bild|image)\s*:\s*[^.:]{2,60}$/i.test(clean)
  );
}
