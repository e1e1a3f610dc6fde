import { createHash } from 'node:crypto';
import normalizeUrl from 'normalize-url';
import { IntakeError } from './intake-port';

/** Query parameters that only track where a click came from; they never change the article. */
const trackingParameters: (string | RegExp)[] = [
  /^utm_\w+/i,
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'ref_src',
  'cmpid',
  'ocid',
  'smid',
];

const MAX_URL_LENGTH = 2048;

/**
 * The canonical form of an article link: lower-case scheme and host, no default port, no fragment,
 * no tracking parameters, sorted query, no credentials. Two links to the same article get the same
 * canonical URL (and so the same key). Throws IntakeError INVALID_URL for anything but an http(s) link.
 */
export function canonicalUrl(raw: string): string {
  const trimmed = raw.trim().replace(/^<|>$/g, '');
  if (trimmed.length === 0 || trimmed.length > MAX_URL_LENGTH)
    throw new IntakeError(`"${raw.slice(0, 80)}" is not a link briefbot can read`, 'INVALID_URL');
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new IntakeError(
      `"${trimmed.slice(0, 80)}" is not a link: give a full address such as https://example.com/news/story`,
      'INVALID_URL',
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new IntakeError(
      `briefbot reads web pages only (http:// or https://), not ${parsed.protocol} links`,
      'INVALID_URL',
    );
  }
  if (parsed.hostname === '')
    throw new IntakeError(`"${trimmed.slice(0, 80)}" has no host name`, 'INVALID_URL');
  return normalizeUrl(trimmed, {
    stripHash: true,
    stripWWW: false,
    removeQueryParameters: trackingParameters,
    sortQueryParameters: true,
    stripAuthentication: true,
    removeTrailingSlash: true,
  });
}

/** The brief key of a canonical URL: the first 32 hex digits (128 bits) of its SHA-256. */
export function briefKey(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}
