import type { DomDocument } from './dom-types';

/** One JSON-LD node, as published: field types are whatever the site wrote. */
export type JsonLdNode = Record<string, unknown>;

/** Every schema.org article type: Article and its kinds (NewsArticle, ReportageNewsArticle…), posts and reports. */
const ARTICLE_TYPES = /^(?:schema:|https?:\/\/schema\.org\/)?(?:\w*Article|\w*BlogPosting|Report)$/;

/** Every JSON-LD node on the page, with arrays and `@graph` flattened. Broken blocks are skipped. */
export function readJsonLd(doc: DomDocument): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = (scripts[i]!.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '').trim();
    if (raw === '') continue;
    try {
      collect(JSON.parse(raw) as unknown, nodes, 0);
    } catch {
      // Sites publish malformed JSON-LD often enough (raw newlines in strings, trailing data):
      // a second try without control characters, then the date fields read as plain text.
      try {
        // eslint-disable-next-line no-control-regex -- raw control characters are exactly what breaks these blocks
        collect(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ')) as unknown, nodes, 0);
      } catch {
        const fields = looseDateFields(raw);
        if (fields) nodes.push(fields);
      }
    }
  }
  return nodes;
}

/** `"datePublished": "…"` and `"dateCreated": "…"` read from JSON-LD that does not parse. */
function looseDateFields(raw: string): JsonLdNode | undefined {
  const node: JsonLdNode = {};
  for (const key of ['datePublished', 'dateCreated', 'dateModified']) {
    const match = new RegExp(`"${key}"\\s*:\\s*"([^"]{8,40})"`).exec(raw);
    if (match) node[key] = match[1];
  }
  return Object.keys(node).length > 0 ? node : undefined;
}

function collect(value: unknown, into: JsonLdNode[], depth: number): void {
  if (depth > 5 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  into.push(node);
  if (node['@graph'] !== undefined) collect(node['@graph'], into, depth + 1);
  // A WebPage may hold its article as `mainEntity` (or `mainEntityOfPage` the other way round).
  for (const key of ['mainEntity', 'hasPart']) {
    const child = node[key];
    if (child !== null && typeof child === 'object') collect(child, into, depth + 1);
  }
}

/** True when the node's `@type` (a string or a list) names a kind of article. */
export function isArticleNode(node: JsonLdNode): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

/** A string field, or the first string of a list field. */
export function stringField(node: JsonLdNode, key: string): string | undefined {
  const value = node[key];
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (Array.isArray(value)) {
    const first: unknown = value.find((v) => typeof v === 'string');
    if (typeof first === 'string') return first.trim();
  }
  return undefined;
}

/** Author names from `author` (a string, a Person, or a list of either). */
export function authorNames(node: JsonLdNode): string[] {
  const value = node['author'];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item.trim() !== '') names.push(item.trim());
    else if (item !== null && typeof item === 'object') {
      const name = (item as JsonLdNode)['name'];
      if (typeof name === 'string' && name.trim() !== '') names.push(name.trim());
    }
  }
  return names;
}

/** True when the node, or one of its `hasPart` sections, says the content is not free to read. */
export function declaresPaywall(node: JsonLdNode): boolean {
  const notFree = (v: unknown): boolean =>
    v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');
  if (notFree(node['isAccessibleForFree'])) return true;
  const parts = node['hasPart'];
  const list: unknown[] = Array.isArray(parts) ? parts : [parts];
  return list.some(
    (p) => p !== null && typeof p === 'object' && notFree((p as JsonLdNode)['isAccessibleForFree']),
  );
}
