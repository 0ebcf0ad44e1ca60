/**
 * The slice of the DOM the HTML reader uses, typed here because the project compiles without the
 * DOM lib (linkedom documents are not browser documents anyway). linkedom never runs scripts.
 */
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  id: string;
  className: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parses a page or a fragment: linkedom builds no body around a bare fragment, so one is added.
 */
export function parseDocument(html: string): DomDocument {
  let source = html;
  if (!/<html[\s>]/i.test(html)) {
    source = /<body[\s>]/i.test(html) ? `<html>${html}</html>` : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  }
  const { document } = parseHTML(source) as unknown as { document: DomDocument };
  return document;
}

/** Trimmed attribute value, or null when absent or blank. */
export function attr(el: DomElement | null | undefined, name: string): string | null {
  const v = el?.getAttribute(name)?.trim();
  return v ? v : null;
}
