/**
 * Paragraph text of an HTML subtree: each block (paragraph, heading, caption, list item, cell)
 * becomes one paragraph, whitespace collapsed as a browser would render it.
 */
import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './html-dom.ts';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'HEAD', 'TITLE', 'BUTTON']);

/** Collapses HTML whitespace (not NBSP, which authors use on purpose) and keeps `<br>` line breaks. */
function finish(raw: string, out: string[]): void {
  // A double <br> separates paragraphs in many CMSs.
  for (const chunk of raw.split(/\n[ \t\r\f]*\n/)) {
    const lines = chunk.split('\n').map((l) => l.replace(/[ \t\r\f]+/g, ' ').trim());
    const text = lines.filter((l) => l !== '').join('\n');
    if (!/^\s*$/u.test(text)) out.push(text);
  }
}

export function htmlParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    finish(current, out);
    current = '';
  };
  const walk = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        // Source newlines are plain whitespace in HTML; only <br> makes a line break.
        current += (child.textContent ?? '').replace(/\n/g, ' ');
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = child.nodeName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') current += '\n';
        else if (BLOCK.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}
