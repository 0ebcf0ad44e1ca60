/**
 * HTML pages: the main text through Readability on a linkedom document, metadata from JSON-LD
 * and meta tags. Scripts are never executed (linkedom has no script engine) and are removed
 * before extraction.
 */
import { Readability } from '@mozilla/readability';
import type { Message, Origin } from '../article.ts';
import { pageTooLarge, textTooLong } from './article-limits.ts';
import { cleanByline } from './byline.ts';
import { parseDocument, type DomDocument, type DomNode } from './html-dom.ts';
import { removeBoilerplate } from './html-boilerplate.ts';
import { pageMetadata } from './html-metadata.ts';
import { htmlParagraphs } from './html-paragraphs.ts';
import { MAX_PAGE_DEPTH, shallowPage } from './html-shallow.ts';
import { isoDate } from './iso-date.ts';
import { emptyArticle, readError, readNote, type ReadResult } from './read-result.ts';

export interface HtmlExtract {
  title: string | null;
  /** Paragraphs joined by blank lines; empty when the page has no text at all. */
  text: string;
  byline: string | null;
  published: string | null;
  lang: string | null;
  url: string | null;
  source: string | null;
  messages: Message[];
}

type Parsed = ReturnType<Readability<DomNode>['parse']>;

function runReadability(document: DomDocument): { parsed: Parsed; failure: string | null } {
  removeBoilerplate(document);
  try {
    // The serializer hands back the content node itself, so it need not be re-parsed.
    const reader = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode });
    return { parsed: reader.parse(), failure: null };
  } catch (e) {
    return { parsed: null, failure: e instanceof Error ? e.message : String(e) };
  }
}

const orNull = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** Extracts one page; `where` names the input in messages. Pure apart from the parsing. */
export function extractHtml(page: string, where: string): HtmlExtract {
  const flat = shallowPage(page);
  const html = flat ?? page;
  const document = parseDocument(html);
  const meta = pageMetadata(document, where);
  const docTitle = orNull(document.title);
  // Readability keeps "Headline | Site" when the headline is short; the page's own h1 is cleaner.
  const h1 = orNull(document.querySelector('h1')?.textContent?.replace(/\s+/g, ' '));
  const h1Title = h1 && docTitle?.includes(h1) ? h1 : null;
  const messages = [...meta.messages];
  if (flat !== null) {
    messages.push(readNote('html-too-deep', `${where}: the page nests elements more than ${MAX_PAGE_DEPTH} levels deep; read as flat paragraphs`, 'warning'));
  }

  const { parsed, failure } = runReadability(document);
  let paragraphs = parsed?.content ? htmlParagraphs(parsed.content) : [];
  if (paragraphs.length === 0) {
    // Readability takes apart the document it reads, so the fallback starts from a fresh parse.
    const fresh = parseDocument(html);
    removeBoilerplate(fresh);
    paragraphs = fresh.body ? htmlParagraphs(fresh.body) : [];
    if (paragraphs.length > 0) {
      const why = failure ? `failed (${failure})` : 'found no main text';
      messages.push(readNote('readability-fallback', `${where}: Readability ${why}; used the whole page body without scripts, navigation and footers`, 'warning'));
    }
  }

  let published: string | null = null;
  const rawDate = meta.published ?? orNull(parsed?.publishedTime);
  if (rawDate) {
    const d = isoDate(rawDate);
    published = d.value;
    if (!d.iso) messages.push(readNote('date-not-iso', `${where}: publication date "${rawDate}" is not a date we can read; kept as given`));
  }
  return {
    title: meta.title ?? h1Title ?? orNull(parsed?.title) ?? docTitle,
    text: paragraphs.join('\n\n'),
    byline: cleanByline(meta.authors) ?? cleanByline([parsed?.byline]),
    published,
    lang: meta.lang ?? orNull(parsed?.lang),
    url: meta.url,
    source: meta.source ?? orNull(parsed?.siteName),
    messages,
  };
}

/** Reads a decoded .html/.htm file; `messages` are the decoder's notes. */
export function readHtml(html: string, opts: { id: string; origin: Origin; messages?: Message[] }): ReadResult {
  const tooLarge = pageTooLarge(html);
  if (tooLarge) return readError(opts.origin, 'too-large', tooLarge);
  const x = extractHtml(html, opts.origin.file);
  if (x.text.trim() === '') {
    return readError(opts.origin, 'no-text', 'the page has no readable text; check that it is an article page and not a script-only shell');
  }
  const tooLong = textTooLong(x.text);
  if (tooLong) return readError(opts.origin, 'too-long', tooLong);
  const article = emptyArticle(opts.id, x.text, opts.origin);
  Object.assign(article, {
    title: x.title,
    byline: x.byline,
    published: x.published,
    declaredLang: x.lang,
    url: x.url,
    source: x.source,
  });
  article.messages.push(...(opts.messages ?? []), ...x.messages);
  return { ok: true, article };
}
