/**
 * Reading the parsed feed tree: children by namespace and local name, text content, and markup
 * written back out for Atom's inline XHTML content.
 */
import type { XmlElement, XmlNode } from './feed-xml.ts';

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  rss1: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;

/** RSS 2.0 elements have no namespace; RSS 1.0 and 0.90 put the same names in their own. */
const RSS_NAMESPACES = new Set<string | null>([null, NS.rss1, NS.rss090]);

const isElement = (n: XmlNode): n is XmlElement => typeof n !== 'string';

/** Child elements with this local name in this namespace (`'rss'`: no namespace or an RSS one). */
export function childrenNamed(el: XmlElement, ns: string | 'rss', local: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => isElement(c) && c.local === local && (ns === 'rss' ? RSS_NAMESPACES.has(c.ns) : c.ns === ns),
  );
}

export function childNamed(el: XmlElement, ns: string | 'rss', local: string): XmlElement | null {
  return childrenNamed(el, ns, local)[0] ?? null;
}

/** All text below the element, in document order (iterative: the tree may be deep). */
export function textOf(el: XmlElement): string {
  let out = '';
  const todo: XmlNode[] = [...el.children].reverse();
  while (todo.length > 0) {
    const node = todo.pop()!;
    if (typeof node === 'string') out += node;
    else for (let k = node.children.length - 1; k >= 0; k--) todo.push(node.children[k]!);
  }
  return out;
}

/** Trimmed text of the first such child, or null when absent or blank. */
export function childText(el: XmlElement, ns: string | 'rss', local: string): string | null {
  const c = childNamed(el, ns, local);
  const t = c ? textOf(c).trim() : '';
  return t === '' ? null : t;
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** The element's content as markup (prefixes dropped), for the HTML reader. */
export function innerMarkup(el: XmlElement): string {
  const parts: string[] = [];
  const todo: Array<XmlNode | { close: string }> = [...el.children].reverse();
  while (todo.length > 0) {
    const node = todo.pop()!;
    if (typeof node === 'string') parts.push(escapeText(node));
    else if ('close' in node) parts.push(`</${node.close}>`);
    else {
      const attrs = [...node.attrs].filter(([k]) => !k.startsWith('xmlns')).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`);
      parts.push(`<${node.local}${attrs.join('')}>`);
      todo.push({ close: node.local });
      for (let k = node.children.length - 1; k >= 0; k--) todo.push(node.children[k]!);
    }
  }
  return parts.join('');
}
