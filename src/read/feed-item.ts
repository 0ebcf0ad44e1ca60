/**
 * The one shape every feed format is parsed into, before its items become articles.
 */

/** A piece of item text; `html` says whether it is markup to strip. */
export interface FeedText {
  value: string;
  html: boolean;
}

/** One item as the feed gives it, fields raw (trimmed, not yet normalised). */
export interface FeedItem {
  /** 0-based position in the feed, for messages. */
  index: number;
  id: string | null;
  title: FeedText | null;
  /** Full text: RSS content:encoded, Atom content, JSON Feed content_html / content_text. */
  content: FeedText | null;
  /** RSS description, Atom summary, JSON Feed summary. */
  summary: FeedText | null;
  /** The item's page, possibly relative to `base`. */
  link: string | null;
  /** xml:base in effect, to resolve `link` (before the feed's own URL). */
  base: string | null;
  published: string | null;
  author: string | null;
  lang: string | null;
  /** Set when the item is unusable as given (JSON Feed fields of the wrong type). */
  problem: string | null;
}

export interface Feed {
  format: 'RSS' | 'Atom' | 'JSON Feed';
  /** The feed's name: the articles' source. */
  title: FeedText | null;
  lang: string | null;
  items: FeedItem[];
  /** Problems with the document as a whole ("line 3: DOCTYPE ignored …"). */
  problems: string[];
}

export type FeedParse = { ok: true; feed: Feed } | { ok: false; code: 'not-a-feed' | 'invalid-json'; problem: string };

export function emptyItem(index: number): FeedItem {
  return { index, id: null, title: null, content: null, summary: null, link: null, base: null, published: null, author: null, lang: null, problem: null };
}
