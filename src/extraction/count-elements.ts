/**
 * Counts start tags with a cheap scan of the raw HTML, before anything is parsed, so a page
 * with a million elements is refused without building a DOM. Stops counting at `limit + 1`.
 */
export function countElements(html: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let index = html.indexOf('<');
  while (index !== -1) {
    const next = html.charCodeAt(index + 1);
    // A start tag is "<" followed by an ASCII letter; end tags, comments and doctypes are not counted.
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) {
      count++;
      if (count > limit) return count;
    }
    index = html.indexOf('<', index + 1);
  }
  return count;
}

/**
 * The deepest nesting of elements, approximated from the raw HTML (void elements and
 * self-closing tags are not counted as opening a level). Stops at `limit + 1`.
 */
export function approximateDepth(html: string, limit = Number.POSITIVE_INFINITY): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
    const name = match[2]!.toLowerCase();
    if (VOID.has(name) || match[3] === '/') continue;
    if (match[1] === '/') {
      depth = Math.max(0, depth - 1);
    } else {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    }
  }
  return deepest;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
]);
