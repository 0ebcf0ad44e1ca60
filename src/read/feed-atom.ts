/**
 * Atom 1.0 (RFC 4287): entries with text constructs that are plain text, escaped HTML or inline
 * XHTML, links chosen by rel, and xml:base / xml:lang inherited down the tree.
 */
import type { Feed, FeedItem, FeedText } from './feed-item.ts';
import { emptyItem } from './feed-item.ts';
import type { XmlElement } from './feed-xml.ts';
import { childNamed, childrenNamed, childText, innerMarkup, NS, textOf } from './feed-xml-query.ts';

/** A text construct: type="text" (default), "html" (escaped markup) or "xhtml" (a div of markup). */
function textConstruct(el: XmlElement | null): FeedText | null {
  if (!el) return null;
  const type = (el.attrs.get('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const value = innerMarkup(el).trim();
    return value ? { value, html: true } : null;
  }
  const value = textOf(el).trim();
  if (!value) return null;
  return { value, html: type === 'html' || type === 'text/html' || type.endsWith('+xml') || type === 'application/xhtml+xml' };
}

/** The entry's page: rel="alternate" (the default rel), HTML preferred. */
function alternateLink(el: XmlElement): { href: string; base: string | null } | null {
  const links = childrenNamed(el, NS.atom, 'link').filter((l) => (l.attrs.get('rel') ?? 'alternate') === 'alternate' && l.attrs.get('href')?.trim());
  const best = links.find((l) => /html/i.test(l.attrs.get('type') ?? 'text/html')) ?? links[0];
  return best ? { href: best.attrs.get('href')!.trim(), base: best.base } : null;
}

function personNames(el: XmlElement, local: 'author' | 'contributor'): string[] {
  return childrenNamed(el, NS.atom, local).map((p) => childText(p, NS.atom, 'name')).filter((n): n is string => n !== null);
}

function readEntry(el: XmlElement, index: number, feedAuthors: string[]): FeedItem {
  const item = emptyItem(index);
  item.id = childText(el, NS.atom, 'id');
  item.title = textConstruct(childNamed(el, NS.atom, 'title'));
  const content = childNamed(el, NS.atom, 'content');
  // Content held elsewhere (src=) is the page to fetch; the entry's own link still wins below.
  const contentSrc = content?.attrs.get('src')?.trim() || null;
  item.content = contentSrc ? null : textConstruct(content);
  item.summary = textConstruct(childNamed(el, NS.atom, 'summary'));
  const link = alternateLink(el);
  item.link = link?.href ?? contentSrc;
  item.base = link?.base ?? content?.base ?? el.base;
  item.published = childText(el, NS.atom, 'published') ?? childText(el, NS.atom, 'updated');
  const authors = personNames(el, 'author');
  item.author = (authors.length > 0 ? authors : feedAuthors).join(', ') || null;
  item.lang = content?.lang ?? el.lang;
  return item;
}

/** `root` is the Atom <feed>; `problems` are the parser's. */
export function readAtom(root: XmlElement, problems: string[]): Feed {
  const feedAuthors = personNames(root, 'author');
  return {
    format: 'Atom',
    title: textConstruct(childNamed(root, NS.atom, 'title')),
    lang: root.lang,
    items: childrenNamed(root, NS.atom, 'entry').map((el, i) => readEntry(el, i, feedAuthors)),
    problems: [...problems],
  };
}
