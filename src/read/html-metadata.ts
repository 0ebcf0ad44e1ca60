/**
 * Article metadata from a page head: JSON-LD first, then meta and link tags. Readability's own
 * guesses are the caller's last resort.
 */
import type { Message } from '../article.ts';
import { attr, type DomDocument } from './html-dom.ts';
import { jsonLdArticle } from './json-ld.ts';
import { readNote } from './read-result.ts';

export interface PageMetadata {
  title: string | null;
  /** Raw author strings in order of preference; clean them with `cleanByline`. */
  authors: string[];
  /** As found, not normalised. */
  published: string | null;
  lang: string | null;
  url: string | null;
  source: string | null;
  messages: Message[];
}

/** First non-empty `content` of `<meta>` tags matching any of the selectors, in selector order. */
function meta(document: DomDocument, ...selectors: string[]): string | null {
  for (const sel of selectors) {
    for (const el of Array.from(document.querySelectorAll(sel))) {
      const v = attr(el, 'content') ?? attr(el, 'datetime');
      if (v) return v;
    }
  }
  return null;
}

/** Meta names are case-insensitive in practice (DC.date, dc.date): match both spellings. */
function named(attrName: 'name' | 'property' | 'itemprop' | 'http-equiv', ...values: string[]): string[] {
  return values.flatMap((v) => [`meta[${attrName}="${v}"]`, `meta[${attrName}="${v.toLowerCase()}"]`]);
}

const isAbsoluteUrl = (u: string | null): u is string => u !== null && /^https?:\/\/\S+$/i.test(u);

export function pageMetadata(document: DomDocument, where: string): PageMetadata {
  const messages: Message[] = [];
  const { article: ld, unreadable } = jsonLdArticle(document);
  if (unreadable > 0) {
    messages.push(readNote('json-ld-unreadable', `${where}: ${unreadable} JSON-LD block(s) are not valid JSON and were ignored`));
  }
  const metaAuthors = [
    meta(document, ...named('name', 'author', 'DC.creator', 'parsely-author', 'sailthru.author')),
    meta(document, ...named('property', 'article:author')),
  ].filter((x): x is string => x !== null);
  const timeEl = document.querySelector('time[itemprop="datePublished"], time[pubdate]');
  const published =
    ld?.datePublished ??
    meta(
      document,
      ...named('property', 'article:published_time', 'og:published_time'),
      ...named('itemprop', 'datePublished'),
      ...named('name', 'date', 'pubdate', 'publishdate', 'DC.date.issued', 'DC.date', 'DCTERMS.issued', 'sailthru.date'),
    ) ??
    attr(timeEl, 'datetime');
  const urls = [
    attr(document.querySelector('link[rel="canonical"]'), 'href'),
    meta(document, ...named('property', 'og:url')),
    ld?.url ?? null,
  ];
  return {
    title: ld?.headline ?? meta(document, ...named('property', 'og:title'), ...named('name', 'twitter:title', 'DC.title')),
    authors: [...(ld?.authors ?? []), ...metaAuthors],
    published,
    lang:
      ld?.inLanguage ??
      attr(document.documentElement, 'lang') ??
      attr(document.documentElement, 'xml:lang') ??
      meta(document, ...named('http-equiv', 'Content-Language'), ...named('property', 'og:locale'), ...named('name', 'language', 'DC.language')),
    url: urls.find(isAbsoluteUrl) ?? null,
    source: ld?.publisher ?? meta(document, ...named('property', 'og:site_name'), ...named('name', 'application-name')),
    messages,
  };
}
