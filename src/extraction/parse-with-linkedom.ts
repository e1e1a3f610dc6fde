import type { DomDocument } from './dom-types';

// linkedom publishes only ESM type declarations, which TypeScript refuses to `import` from CommonJS;
// its CommonJS build is what runs, so it is required with the one function typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see the comment above
const linkedom = require('linkedom') as { parseHTML(html: string): { document: unknown } };

/** Parses a page with linkedom: a fast DOM without layout, enough for Readability (see docs/adr/003). */
export function parseWithLinkedom(html: string): DomDocument {
  return linkedom.parseHTML(html).document as DomDocument;
}
