/**
 * The small part of the DOM that extraction uses. The project compiles without the DOM lib, and
 * linkedom and jsdom documents both fit these shapes, so either parser can be plugged in.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

/** Turns an HTML string into a document; linkedom in production, jsdom for comparison in the bench. */
export type ParseHtml = (html: string, url?: string) => DomDocument;

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** The attribute text used to recognise page furniture: class names, id and ARIA/data roles. */
export function markerOf(element: DomElement): string {
  return [
    element.getAttribute('class'),
    element.getAttribute('id'),
    element.getAttribute('role'),
    element.getAttribute('data-component'),
  ]
    .filter((v): v is string => typeof v === 'string')
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase();
}
