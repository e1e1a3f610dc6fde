import { normaliseSpace } from './article-text';
import type { DomElement } from './dom-types';

/**
 * Pull quotes repeat a sentence of the article in large type. A quote block (or the aside or
 * figure around it) whose words all appear in a paragraph elsewhere in the article is dropped.
 */
export function removeRepeatedQuotes(content: DomElement): void {
  const key = (s: string): string =>
    normaliseSpace(s)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  for (const quote of Array.from(content.querySelectorAll('blockquote'))) {
    if (!quote.parentNode) continue;
    const words = key(quote.querySelector('p')?.textContent ?? quote.textContent ?? '');
    if (words.length < 30) continue;
    const paragraphs = Array.from(content.querySelectorAll('p')).filter(
      (p) => !isInside(p, quote) && key(p.textContent ?? '').includes(words),
    );
    if (paragraphs.length === 0) continue;
    const wrapper = quote.parentElement;
    const wrapped =
      wrapper &&
      wrapper !== content &&
      /^(?:aside|figure)$/i.test(wrapper.tagName) &&
      !paragraphs.some((p) => isInside(p, wrapper));
    (wrapped ? wrapper : quote).remove();
  }
}

function isInside(element: DomElement, container: DomElement): boolean {
  for (let node: DomElement | null = element; node; node = node.parentElement)
    if (node === container) return true;
  return false;
}
