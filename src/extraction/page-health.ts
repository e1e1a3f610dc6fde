import type { ExtractionHealth } from '../engine/article';
import { normaliseSpace } from './article-text';
import type { DomDocument } from './dom-types';

/** Below this many characters an article is too short to brief. */
export const TOO_SHORT_CHARS = 500;

const PAYWALL_MARKER =
  /(?:^|[\s_-])(?:paywall|piano|tp-modal|meter(?:ed)?|premium-(?:content|wall|lock)|subscriber-only|subscribers-only|regwall|registration-wall|locked-content|article-locked)(?:$|[\s_-])/;
const PAYWALL_TEXT =
  /\b(?:subscribe (?:now )?to (?:continue|keep) reading|this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) (?:our )?(?:subscribers|members)|already a subscriber\?|to read the full (?:article|story)|you(?:'ve| have) reached your (?:free )?(?:article )?limit|subscribers only)\b/i;
const CONSENT_MARKER =
  /(?:^|[\s_-])(?:cookie|consent|gdpr|cmp|privacy-wall|qc-cmp|onetrust|didomi|sp_message|truste)(?:$|[\s_-])/;
const CONSENT_TEXT =
  /\b(?:we value your privacy|we use cookies|accept all(?: cookies)?|reject all|manage (?:your )?(?:cookie )?(?:choices|preferences|settings)|before you continue|your privacy choices|consent to (?:the use of|our use of) cookies)\b/i;

/** Signals read from the raw page, before cleanup removes the walls themselves. */
export interface WallSignals {
  paywallMarkup: boolean;
  paywallText: boolean;
  consentMarkup: boolean;
  consentText: boolean;
}

/** Looks for paywall and consent-wall markup and wording anywhere on the page. */
export function readWallSignals(doc: DomDocument): WallSignals {
  const signals: WallSignals = {
    paywallMarkup: false,
    paywallText: false,
    consentMarkup: false,
    consentText: false,
  };
  const elements = doc.querySelectorAll('[class], [id]');
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    const marker = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
    if (!signals.paywallMarkup && PAYWALL_MARKER.test(marker)) signals.paywallMarkup = true;
    if (!signals.consentMarkup && CONSENT_MARKER.test(marker)) signals.consentMarkup = true;
  }
  const text = normaliseSpace(doc.body?.textContent ?? '');
  signals.paywallText = PAYWALL_TEXT.test(text);
  signals.consentText = CONSENT_TEXT.test(text);
  return signals;
}

/**
 * How healthy an extraction looks. A page that declares itself not free (JSON-LD) is paywalled;
 * paywall or consent markup counts only when little article text came through: a long article
 * with a "subscribe" box or a cookie banner was read in full.
 */
export function assessHealth(text: string, signals: WallSignals, declaredPaywall: boolean): ExtractionHealth {
  const chars = text.length;
  const short = chars < TOO_SHORT_CHARS * 3;
  return {
    chars,
    paywalled: declaredPaywall || ((signals.paywallMarkup || signals.paywallText) && short),
    consentWalled: (signals.consentMarkup || signals.consentText) && chars < TOO_SHORT_CHARS,
    tooShort: chars < TOO_SHORT_CHARS,
  };
}
