/**
 * A URL to articles: fetched with the limits of fetch-url.ts, decoded with the charset the server
 * declares, and read as a feed or a page by what it is (content first, Content-Type second, since
 * servers label feeds as text/xml, text/plain or text/html all the time).
 */
import { readFeed, sniffFeed } from '../read/feed.ts';
import type { PageFetcher } from '../read/feed-articles.ts';
import { decodeDeclared, xmlDeclaredEncoding } from '../read/feed-decode.ts';
import { extractHtml, readHtml } from '../read/html.ts';
import { readJson } from '../read/json.ts';
import type { Message } from '../article.ts';
import { flattenTooDeep, MAX_HTML_DEPTH } from '../read/feed-html.ts';
import { documentStart } from '../read/feed-xml.ts';
import { readError, readNote, type ReadResult } from '../read/read-result.ts';
import { readText } from '../read/text.ts';
import { fetchUrl, type Fetched, type FetchOptions } from './fetch-url.ts';

type Ok = Extract<Fetched, { ok: true }>;

const mediaType = (f: Ok): string => (f.contentType ?? '').split(';')[0]!.trim().toLowerCase();
const isHtmlType = (t: string): boolean => t === 'text/html' || t === 'application/xhtml+xml';
function looksLikeHtml(text: string): boolean {
  const { doctype, element } = documentStart(text);
  return doctype === 'html' || /^(?:html|head|body)$/i.test(element ?? '');
}

/** The page's text; a non-HTML answer or an unreadable page is a problem. */
function decodePage(f: Ok) {
  const type = mediaType(f);
  const decoded = decodeDeclared(f.bytes, f.url, f.charset, { html: true });
  if (!decoded.ok) return { ok: false as const, code: decoded.code, problem: decoded.problem };
  if (type && !isHtmlType(type) && !looksLikeHtml(decoded.text)) {
    return { ok: false as const, code: 'not-html', problem: `is ${type}, not an HTML page; give a page or a feed` };
  }
  return shallow(decoded, f.url);
}

/** A page nested absurdly deep would take the HTML reader seconds and overflow its recursion: flattened first. */
function shallow<T extends { text: string; messages: Message[] }>(decoded: T, url: string): T {
  const flat = flattenTooDeep(decoded.text);
  if (flat === null) return decoded;
  const note = readNote('html-too-deep', `${url}: the page nests elements more than ${MAX_HTML_DEPTH} levels deep; read as flat paragraphs`, 'warning');
  return { ...decoded, text: flat, messages: [...decoded.messages, note] };
}

/** Fetches an item's page for the feed reader. */
export function pageFetcher(opts: FetchOptions): PageFetcher {
  return async (url) => {
    const f = await fetchUrl(url, opts);
    if (!f.ok) return { ok: false, problem: `${url}: ${f.problem}` };
    const decoded = decodePage(f);
    if (!decoded.ok) return { ok: false, problem: `${url}: ${decoded.problem}` };
    try {
      const page = extractHtml(decoded.text, url);
      page.messages.unshift(...decoded.messages);
      return { ok: true, page };
    } catch (e) {
      return { ok: false, problem: `${url}: the page could not be read (${e instanceof Error ? e.message : String(e)})` };
    }
  };
}

/**
 * Reads one http(s) URL given as input: a feed (every item, pages fetched for short ones), a page,
 * JSON articles or plain text. Every failure is one error result naming the URL.
 */
export async function* readUrl(url: string, opts: FetchOptions): AsyncGenerator<ReadResult> {
  const origin = { file: url };
  const f = await fetchUrl(url, opts);
  if (!f.ok) {
    yield readError(origin, f.code, f.problem);
    return;
  }
  const type = mediaType(f);
  const charset = f.charset ?? (isHtmlType(type) ? null : xmlDeclaredEncoding(f.bytes));
  const decoded = decodeDeclared(f.bytes, url, charset, { html: !type || isHtmlType(type) });
  if (!decoded.ok) {
    yield readError(origin, decoded.code, decoded.problem);
    return;
  }
  const { text, messages } = decoded;
  if (sniffFeed(text)) {
    yield* readFeed(text, { file: url, stem: url, baseUrl: f.url, messages, fetchPage: pageFetcher(opts) });
    return;
  }
  const id = url.replace(/#.*$/, '');
  if (isHtmlType(type) || looksLikeHtml(text)) {
    const page = shallow(decoded, url);
    let r: ReadResult;
    try {
      r = readHtml(page.text, { id, origin, messages: page.messages });
    } catch (e) {
      r = readError(origin, 'unreadable', `the page could not be read (${e instanceof Error ? e.message : String(e)})`);
    }
    if (r.ok) r.article.url ??= f.url;
    yield r;
  } else if (type === 'application/json' || type.endsWith('+json')) {
    yield* readJson(text, { file: url, stem: id, messages });
  } else if (type === 'text/plain' || type === 'text/markdown') {
    yield readText(text, { id, origin, markdown: type === 'text/markdown', messages });
  } else {
    yield readError(origin, 'unsupported-content', `is ${type || 'of no declared type'}, which is neither a feed nor a page; give the URL of an HTML page or an RSS, Atom or JSON feed`);
  }
}
