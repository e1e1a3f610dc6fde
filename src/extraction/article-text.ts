import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom-types';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'select',
  'textarea',
  'iframe',
  'canvas',
]);

/** Collapses runs of whitespace (including no-break spaces and zero-width characters) to one space. */
export function normaliseSpace(text: string): string {
  return text
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/**
 * The text of an element as a reader sees it: one paragraph per block (headings and list items
 * included), paragraphs separated by a blank line, whitespace normalised.
 */
export function blocksOf(root: DomNode): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = normaliseSpace(current);
    if (text !== '') blocks.push(text);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as DomElement).tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) flush();
    else if (tag === 'img') current += ' ';
  };
  walk(root);
  flush();
  return blocks;
}

/** Blocks joined into article text: paragraphs separated by blank lines. */
export function articleText(root: DomNode): string {
  return blocksOf(root).join('\n\n');
}
