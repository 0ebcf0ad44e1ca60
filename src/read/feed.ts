/**
 * Feeds: RSS 2.0 (and its RDF ancestors 0.90/1.0), Atom 1.0 and JSON Feed 1.0/1.1, recognised by
 * content, parsed into one shape (src/read/feed-item.ts), then read item by item into articles
 * (src/read/feed-articles.ts).
 */
import { feedArticles, type FeedArticleOptions } from './feed-articles.ts';
import { readAtom } from './feed-atom.ts';
import type { FeedParse } from './feed-item.ts';
import { readJsonFeed } from './feed-json.ts';
import { readRss } from './feed-rss.ts';
import { documentStart, parseXml } from './feed-xml.ts';
import { NS } from './feed-xml-query.ts';
import { readError, type ReadResult } from './read-result.ts';

const JSON_FEED_VERSION = /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//;

/**
 * What the text looks like: 'xml' when its first element is rss, RDF or feed; 'json' when it names
 * a JSON Feed version; null otherwise. Cheap: looks only at the start (and, for JSON, a pattern).
 */
export function sniffFeed(text: string): 'xml' | 'json' | null {
  if (/^\uFEFF?\s*\{/.test(text.slice(0, 1024))) return JSON_FEED_VERSION.test(text) ? 'json' : null;
  const name = documentStart(text).element?.replace(/^[\w.-]+:/, '');
  return name === 'rss' || name === 'RDF' || name === 'feed' ? 'xml' : null;
}

/** Parses a feed of either kind. */
export function parseFeed(text: string): FeedParse {
  const kind = sniffFeed(text);
  if (kind === 'json') return readJsonFeed(text);
  if (kind === 'xml') {
    const doc = parseXml(text);
    const root = doc.root;
    if (root?.local === 'feed' && root.ns === NS.atom) return { ok: true, feed: readAtom(root, doc.problems) };
    if (root && (root.local === 'rss' || (root.local === 'RDF' && root.ns === NS.rdf))) return { ok: true, feed: readRss(root, doc.problems) };
  }
  return { ok: false, code: 'not-a-feed', problem: `is not an RSS, Atom or JSON Feed document (its root element must be <rss>, <rdf:RDF> or Atom <feed>, or its JSON must name a jsonfeed.org version)` };
}

/** A decoded feed document to articles; a document that is not a feed is one error naming it. */
export async function* readFeed(text: string, opts: FeedArticleOptions): AsyncGenerator<ReadResult> {
  const parsed = parseFeed(text);
  if (!parsed.ok) {
    yield readError({ file: opts.file }, parsed.code, parsed.problem);
    return;
  }
  yield* feedArticles(parsed.feed, opts);
}
