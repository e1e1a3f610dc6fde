import { briefKey, canonicalUrl } from '../intake/canonical-url';

/** A feed's id: the key of its canonical URL, so every spelling of one feed is one feed. */
export function feedIdOf(url: string): string {
  return briefKey(canonicalUrl(url));
}
