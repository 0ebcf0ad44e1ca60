/**
 * RSS 2.0 (root <rss>, items inside <channel>) and RSS 0.90/1.0 (root <rdf:RDF>, items beside
 * <channel>), with the content and Dublin Core modules most feeds use for full text and authors.
 */
import type { Feed, FeedItem, FeedText } from './feed-item.ts';
import { emptyItem } from './feed-item.ts';
import type { XmlElement } from './feed-xml.ts';
import { childNamed, childrenNamed, childText, NS, textOf } from './feed-xml-query.ts';

const text = (value: string | null, html: boolean): FeedText | null => (value === null ? null : { value, html });

/** RSS <author> is an e-mail address, often with the name in parentheses: "jo@example.com (Jo Bloggs)". */
function authorName(raw: string | null): string | null {
  if (!raw) return null;
  const inParens = /\(([^()]+)\)\s*$/.exec(raw);
  if (inParens) return inParens[1]!.trim();
  return /^\S+@\S+$/.test(raw) ? null : raw;
}

function readItem(el: XmlElement, index: number): FeedItem {
  const item = emptyItem(index);
  const guid = childNamed(el, 'rss', 'guid');
  item.id = childText(el, 'rss', 'guid') ?? childText(el, NS.dc, 'identifier') ?? el.attrs.get('rdf:about')?.trim() ?? null;
  item.title = text(childText(el, 'rss', 'title') ?? childText(el, NS.dc, 'title'), false);
  item.content = text(childText(el, NS.content, 'encoded'), true);
  item.summary = text(childText(el, 'rss', 'description') ?? childText(el, NS.dc, 'description'), true);
  item.link = childText(el, 'rss', 'link');
  // A guid is the item's address unless it says otherwise (isPermaLink defaults to true).
  if (!item.link && guid && guid.attrs.get('isPermaLink') !== 'false' && /^https?:\/\//i.test(item.id ?? '')) item.link = item.id;
  item.base = el.base;
  item.published = childText(el, 'rss', 'pubDate') ?? childText(el, NS.dc, 'date');
  const creators = childrenNamed(el, NS.dc, 'creator').map((c) => textOf(c).trim()).filter((c) => c !== '');
  item.author = creators.length > 0 ? creators.join(', ') : authorName(childText(el, 'rss', 'author'));
  item.lang = childText(el, NS.dc, 'language') ?? el.lang;
  return item;
}

/** `root` is <rss> or <rdf:RDF>; `problems` are the parser's. */
export function readRss(root: XmlElement, problems: string[]): Feed {
  const channel = childNamed(root, 'rss', 'channel');
  // RSS 2.0 nests items in the channel; RDF-based RSS puts them beside it.
  const itemEls = [...(channel ? childrenNamed(channel, 'rss', 'item') : []), ...childrenNamed(root, 'rss', 'item')];
  return {
    format: 'RSS',
    title: channel ? text(childText(channel, 'rss', 'title'), false) : null,
    lang: (channel && (childText(channel, 'rss', 'language') ?? childText(channel, NS.dc, 'language'))) ?? root.lang ?? channel?.lang ?? null,
    items: itemEls.map(readItem),
    problems: [...problems],
  };
}
