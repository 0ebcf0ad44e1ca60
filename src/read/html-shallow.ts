/**
 * A whole page nested absurdly deep, made shallow enough to read as a tree. linkedom takes minutes to
 * build 100,000 nested elements and Readability's walkers overflow the stack on them, so such a page is
 * flattened before parsing (as feed items are, by src/read/feed-html.ts). The head is kept when it is
 * not itself the deep part, so that the title and JSON-LD metadata survive; script and style bodies
 * are dropped first, because flattening would otherwise turn code into paragraphs.
 */
import { flattenTooDeep, nestsDeeperThan } from './feed-html.ts';

/**
 * Deeper than this, a page is read flat. Readability's time grows with the cube of the depth (on a loaded
 * 2-core machine: 200 levels 1.3 s, 400 levels 5 s, 800 levels 29 s), so the feed items' limit of 1000
 * would let a page stall a run for a minute; real pages nest a few dozen levels.
 */
export const MAX_PAGE_DEPTH = 256;

const RAW_TEXT_OPEN = /<(script|style|noscript|template)\b[^<>]*>/gi;

/**
 * Removes script, style, noscript and template elements with their content. Linear: each element's
 * end is searched from its start, and an element that never ends takes the rest of the page, as in a
 * browser, so no part of the page is scanned twice.
 */
export function withoutRawText(html: string): string {
  let out = '';
  let from = 0;
  RAW_TEXT_OPEN.lastIndex = 0;
  for (let m = RAW_TEXT_OPEN.exec(html); m !== null; m = RAW_TEXT_OPEN.exec(html)) {
    out += html.slice(from, m.index);
    const close = new RegExp(`</${m[1]}\\s*>`, 'gi');
    close.lastIndex = RAW_TEXT_OPEN.lastIndex;
    const end = close.exec(html);
    if (end === null) return out;
    from = close.lastIndex;
    RAW_TEXT_OPEN.lastIndex = from;
  }
  return out + html.slice(from);
}

/** The page as flat paragraphs when it nests deeper than MAX_PAGE_DEPTH; null when it does not. */
export function shallowPage(html: string): string | null {
  if (!nestsDeeperThan(html, MAX_PAGE_DEPTH)) return null;
  const at = html.search(/<body[\s>]/i);
  const head = at > 0 ? html.slice(0, at) : '';
  if (head !== '' && !nestsDeeperThan(head, MAX_PAGE_DEPTH)) {
    const body = flattenTooDeep(withoutRawText(html.slice(at)), MAX_PAGE_DEPTH);
    if (body !== null) return `${head}<body>${body}</body></html>`;
  }
  const stripped = withoutRawText(html);
  return `<!DOCTYPE html><html><head></head><body>${flattenTooDeep(stripped, MAX_PAGE_DEPTH) ?? stripped}</body></html>`;
}
