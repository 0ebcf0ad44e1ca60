/**
 * Item HTML to paragraph text, through the HTML reader's own pieces (linkedom, the boilerplate
 * filter, the paragraph walker). Readability is left out: an item's content is already the article
 * body, not a page around it. Hostile markup nested thousands of levels deep would take linkedom
 * seconds to build and overflow the paragraph walker's recursion, so such markup is flattened first.
 */
import { parseDocument } from './html-dom.ts';
import { removeBoilerplate } from './html-boilerplate.ts';
import { htmlParagraphs } from './html-paragraphs.ts';

/** Deeper than this, markup is read as flat paragraphs; real articles stay far below it. */
export const MAX_HTML_DEPTH = 1000;

/** Elements that never hold content, or that the parser closes by itself (so missing end tags do not count). */
const NOT_NESTING = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|dt|dd|tr|td|th|option)$/i;
// [^<>] rather than [^>]: a '<' that never closes must not make every later match scan to the end.
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;

/** Whether the markup nests elements deeper than `limit`, by a linear scan of its tags. */
export function nestsDeeperThan(html: string, limit: number): boolean {
  let depth = 0;
  for (const m of html.matchAll(TAG)) {
    if (m[3] === '/' || NOT_NESTING.test(m[2]!)) continue;
    depth += m[1] === '/' ? -1 : 1;
    if (depth > limit) return true;
    if (depth < 0) depth = 0;
  }
  return false;
}

/**
 * Markup too deep to read as a tree, as flat paragraphs: block tags become sibling paragraphs (<p>
 * closes the one before it) and every other tag goes. Null when the markup is not too deep.
 */
export function flattenTooDeep(html: string, limit = MAX_HTML_DEPTH): string | null {
  if (!nestsDeeperThan(html, limit)) return null;
  // Runs of tags are replaced whole, so thousands of nested divs make one paragraph break, not thousands.
  return html.replace(/<[^<>]*>(?:\s*<[^<>]*>)*/g, (run) => {
    if (/<\/?(?:p|div|br|h[1-6]|li|blockquote|section|article|tr|table|ul|ol|pre|figure|figcaption|header|footer)\b/i.test(run)) return '<p>';
    return /\s/.test(run) ? ' ' : '';
  });
}

/** Paragraph text of an HTML fragment; `flattened` says it was too deep to read as a tree. */
export function fragmentText(html: string): { text: string; flattened: boolean } {
  const flat = flattenTooDeep(html);
  const document = parseDocument(flat ?? html);
  removeBoilerplate(document);
  return { text: document.body ? htmlParagraphs(document.body).join('\n\n') : '', flattened: flat !== null };
}
