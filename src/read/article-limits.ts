/**
 * How big one article may be. The file limit (maxBytes, 50 MB) bounds what is read; these bound what
 * one article costs to analyse. Analysis takes seconds per megabyte of text and building a page's DOM
 * takes about 100 bytes of memory per byte of HTML (a 20 MB page: 1.9 GB, 80 s on a loaded machine),
 * so an oversized article is refused with a message rather than allowed to stall or exhaust a run.
 * The longest real news articles are a few hundred kB of text in pages of a few MB.
 */
/** Longest article text, in UTF-16 code units. */
export const MAX_TEXT_CHARS = 2_000_000;
/** Longest HTML source of one article (a page, or a record's "html"), in UTF-16 code units. */
export const MAX_PAGE_CHARS = 10_000_000;

const size = (n: number): string => `${n.toLocaleString('en')} characters`;

/** Why the text is too long to be one article, or null when it is not. */
export function textTooLong(text: string, what = 'the text'): string | null {
  if (text.length <= MAX_TEXT_CHARS) return null;
  return `${what} is ${size(text.length)} long, over the limit of ${size(MAX_TEXT_CHARS)} for one article; split it into articles`;
}

/** Why the HTML is too big to be read as one page, or null when it is not. */
export function pageTooLarge(html: string, what = 'the HTML'): string | null {
  if (html.length <= MAX_PAGE_CHARS) return null;
  return `${what} is ${size(html.length)} long, over the limit of ${size(MAX_PAGE_CHARS)} for one page; save the article's own text instead`;
}
