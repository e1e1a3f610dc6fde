import { normaliseSpace } from './article-text';
import type { DomElement, DomNode } from './dom-types';

/**
 * A press release ends with a "SOURCE Company" line (PR Newswire, Business Wire, GlobeNewswire);
 * what follows it is the wire service's own promotion.
 */
export function removeFromSourceLine(content: DomElement): void {
  const line = Array.from(content.querySelectorAll('p, div')).find(
    (block) =>
      block.querySelector('p, div, ul, ol, table') === null &&
      /^SOURCE\s+[\p{Lu}\d][^\n]{0,120}$/u.test(normaliseSpace(block.textContent ?? '')),
  );
  if (!line) return;
  for (let node: DomNode | null = line; node && node !== content; node = node.parentNode) {
    const siblings = Array.from(node.parentNode?.childNodes ?? []);
    for (const sibling of siblings.slice(siblings.indexOf(node) + 1))
      (sibling as DomNode & { remove(): void }).remove();
  }
  line.remove();
}
