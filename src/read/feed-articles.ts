/**
 * Feed items to raw articles (item HTML read by feed-html.ts). An item with only a short summary and
 * a link can have its page fetched and read whole, when the caller allows fetching.
 */
import type { Message } from '../article.ts';
import { cleanByline } from './byline.ts';
import type { Feed, FeedItem, FeedText } from './feed-item.ts';
import type { HtmlExtract } from './html.ts';
import { fragmentText, MAX_HTML_DEPTH } from './feed-html.ts';
import { isoDate } from './iso-date.ts';
import { describeOrigin, emptyArticle, readError, readNote, type ReadResult } from './read-result.ts';

export type PageFetcher = (url: string) => Promise<{ ok: true; page: HtmlExtract } | { ok: false; problem: string }>;

export interface FeedArticleOptions {
  /** The feed as the user gave it (path or URL): every origin names it. */
  file: string;
  /** Scope for item ids that are not globally unique, and for items without any id. */
  stem: string;
  /** The feed's own URL, against which relative links resolve; null for a file. */
  baseUrl: string | null;
  /** Decoder notes, attached to the first article. */
  messages?: Message[];
  /** Fetches and reads an item's page; null when fetching is not allowed. */
  fetchPage: PageFetcher | null;
  /** Items without content whose summary is shorter than this (characters) have their page fetched. Default 400. */
  shortText?: number;
  /** Pages fetched at once. Default 4. */
  concurrency?: number;
}

export const SHORT_TEXT_CHARS = 400;

/** Item and feed titles as one line of plain text: markup stripped, entities the XML left alone decoded. */
function plainLine(t: FeedText | null): string | null {
  if (!t) return null;
  const raw = t.html ? t.value : t.value.includes('&') ? t.value.replace(/</g, '&lt;') : null;
  const text = raw === null ? t.value : fragmentText(raw).text;
  return text.replace(/\s+/g, ' ').trim() || null;
}

function bodyText(t: FeedText | null, where: string, messages: Message[]): string {
  if (t === null) return '';
  if (!t.html) return t.value.trim();
  const { text, flattened } = fragmentText(t.value);
  if (flattened) messages.push(readNote('html-too-deep', `${where}: the item's HTML nests more than ${MAX_HTML_DEPTH} levels deep; read as flat paragraphs`, 'warning'));
  return text;
}

/** An absolute http(s) link, resolved against xml:base and the feed's URL; null otherwise. */
function resolveLink(item: FeedItem, baseUrl: string | null): string | null {
  if (!item.link) return null;
  try {
    const base = item.base ? new URL(item.base, baseUrl ?? undefined).href : baseUrl ?? undefined;
    const url = new URL(item.link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Ids that carry a scheme (URLs, `urn:`, `tag:`) are meant to be unique everywhere and are kept as
 * given; bare ones ("42") are only unique inside their feed, so they are scoped to it.
 */
export function itemId(raw: string | null, link: string | null, stem: string, index: number): string {
  const clean = (s: string | null): string => (s ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim();
  const id = clean(raw) || clean(link);
  if (!id) return `${stem}#${index}`;
  return /^[a-z][a-z0-9+.-]*:\S/i.test(id) ? id : `${stem}#${id}`;
}

async function readItem(feed: Feed, item: FeedItem, opts: FeedArticleOptions): Promise<ReadResult> {
  const origin = { file: opts.file, index: item.index };
  const where = describeOrigin(origin);
  if (item.problem) return readError(origin, 'invalid-item', `${item.problem}; fix the item or ask the publisher to`);
  const link = resolveLink(item, opts.baseUrl);
  const messages: Message[] = [];
  let text = bodyText(item.content ?? item.summary, where, messages);
  let page: HtmlExtract | null = null;
  // Content is the full text by definition, however short; a short summary stands for a longer page.
  if (!item.content && text.length < (opts.shortText ?? SHORT_TEXT_CHARS) && link && opts.fetchPage) {
    const fetched = await opts.fetchPage(link);
    if (fetched.ok && fetched.page.text.length > text.length) {
      page = fetched.page;
      text = page.text;
      messages.push(readNote('page-fetched', `${where}: the feed gives only a short text; read the page ${link}`), ...page.messages);
    } else if (!fetched.ok && text) {
      messages.push(readNote('page-not-fetched', `${where}: kept the feed's short text; its page could not be read (${fetched.problem})`, 'warning'));
    } else if (!fetched.ok) {
      return readError(origin, 'no-text', `has no text and its page could not be read (${fetched.problem})`);
    }
  }
  if (!text) {
    const fix = link ? 'pass --fetch-pages to fetch its page' : 'the item has no link either; ask the publisher for full items';
    return readError(origin, 'no-text', `has no text (no content, description or summary); ${fix}`);
  }
  const article = emptyArticle(itemId(item.id, link, opts.stem, item.index), text, origin);
  article.title = plainLine(item.title) ?? page?.title ?? null;
  article.url = link;
  article.source = plainLine(feed.title) ?? page?.source ?? null;
  article.byline = cleanByline([item.author]) ?? page?.byline ?? null;
  article.declaredLang = item.lang ?? page?.lang ?? feed.lang;
  if (item.published) {
    const d = isoDate(item.published);
    article.published = d.value;
    if (!d.iso) messages.push(readNote('date-not-iso', `${where}: publication date "${item.published}" is not a date we can read; kept as given`));
  } else article.published = page?.published ?? null;
  article.messages.push(...messages);
  return { ok: true, article };
}

/** Runs up to `width` tasks at once and yields their results in task order. */
async function* inOrder<T>(tasks: Array<() => Promise<T>>, width: number): AsyncGenerator<T> {
  const running: Array<Promise<T>> = [];
  let next = 0;
  const fill = (): void => {
    while (running.length < width && next < tasks.length) running.push(tasks[next++]!());
  };
  fill();
  while (running.length > 0) {
    const result = await running.shift()!;
    fill();
    yield result;
  }
}

/** Every item of the feed, in feed order: an article, or an error naming the feed and item index. */
export async function* feedArticles(feed: Feed, opts: FeedArticleOptions): AsyncGenerator<ReadResult> {
  const feedNotes = [
    ...(opts.messages ?? []),
    ...feed.problems.map((p) => readNote('malformed-feed', `${opts.file}: ${p}`, 'warning')),
  ];
  if (feed.items.length === 0) {
    const why = feed.problems.length > 0 ? ` (${feed.problems.join('; ')})` : '';
    yield readError({ file: opts.file }, 'no-items', `the ${feed.format} feed has no items${why}; check that it is the feed you meant`);
    return;
  }
  const tasks = feed.items.map((item) => () => readItem(feed, item, opts));
  let first = true;
  for await (const r of inOrder(tasks, Math.max(1, opts.concurrency ?? 4))) {
    // Notes about the whole feed go with its first article, once, rather than with every item.
    if (first && r.ok) {
      r.article.messages.unshift(...feedNotes);
      first = false;
    }
    yield r;
  }
  if (first && feed.problems.length > 0) {
    yield readError({ file: opts.file }, 'malformed-feed', `no item could be read, and the feed is malformed (${feed.problems.join('; ')}); fix the feed`);
  }
}
