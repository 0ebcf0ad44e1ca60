/**
 * Quotation marks paired into quoted spans, in every common style: „…“ „…” "…" “…” ”…” «…» »…« ‹…› ‚…‘ ‘…’
 * 「…」 『…』, NYT-style ''…'' and ASCII '…' where the context rules out an apostrophe.
 *
 * Which glyph opens and which closes depends on the language („…“ in German, “…” in English, »…« in German
 * books, «…» in French), so a glyph's role is read from its context: an opener follows a space or an opening
 * bracket and precedes a word; a closer follows a word and precedes a space or punctuation. Only the outermost
 * quote of a nest is returned; an inner ‘…’ belongs to its “…”.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** The content, without marks or the inner spaces of French guillemets. */
  start: number;
  end: number;
  /** Offset just after the closing mark (the paragraph end when the quote runs to it unclosed). */
  close: number;
  /** Indices (into the paragraphs given) of the first and last paragraph the quote spans. */
  firstPara: number;
  lastPara: number;
}

const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '„': ['“', '”', '"'],
  '“': ['”', '“', '"'],
  '”': ['”'],
  '‟': ['”'],
  '"': ['"', '”', '“'],
  "''": ["''", '"'],
  '«': ['»'],
  '»': ['«', '»'],
  '‹': ['›'],
  '›': ['‹', '›'],
  '‚': ['‘', '’'],
  '‘': ['’', '‘'],
  "'": ["'"],
  '「': ['」'],
  '『': ['』'],
  '＂': ['＂'],
  '〝': ['〞', '〟'],
};

const MARK = /''|["'«»‹›「」『』＂〝〞〟\u2018-\u201f]/g;
const SPACED = new Set(['«', '»', '‹', '›']);
const CJK = new Set(['「', '」', '『', '』']);
const BEFORE_OPEN = /[\s([{/\u2014\u2013\-:;,.…'"«»‹›„“”‚‘’]/;
const AFTER_CLOSE = /[\s.,;:!?)\]}…\u2014\u2013\-/'"«»‹›“”‘’„‚」』]/;
const WORDISH = /[\p{L}\p{N}]/u;

interface Mark {
  pos: number;
  glyph: string;
}

function marksIn(text: string, from: number, to: number): Mark[] {
  const out: Mark[] = [];
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m && m.index < to; m = MARK.exec(text)) out.push({ pos: m.index, glyph: m[0] });
  return out;
}

function opens(text: string, m: Mark, paraStart: number, paraEnd: number): boolean {
  if (!(m.glyph in CLOSERS)) return false;
  if (CJK.has(m.glyph)) return true;
  const prev = m.pos > paraStart ? text[m.pos - 1]! : '';
  const after = m.pos + m.glyph.length;
  const next = after < paraEnd ? text[after]! : '';
  if (prev !== '' && !BEFORE_OPEN.test(prev)) return false;
  if (next === '') return false;
  if (/\s/.test(next)) return SPACED.has(m.glyph) && after + 1 < paraEnd && !/\s/.test(text[after + 1]!);
  // An ASCII apostrophe before a word is a quote only when it cannot be an elision ('90s, 'em).
  if (m.glyph === "'" || m.glyph === '‘') return /\p{L}/u.test(next) || next === '"';
  return true;
}

function closes(text: string, m: Mark, paraStart: number, paraEnd: number): boolean {
  if (CJK.has(m.glyph)) return true;
  const prev = m.pos > paraStart ? text[m.pos - 1]! : '';
  const after = m.pos + m.glyph.length;
  const next = after < paraEnd ? text[after]! : '';
  // A closer follows a word, or a space after an inner closing mark ("say, 'Well done,' \"").
  if (prev === '' || (/\s/.test(prev) && !SPACED.has(m.glyph) && !/['’"”»]/.test(text[m.pos - 2] ?? ''))) return false;
  // A closer glued to the next word after punctuation is a missing space (“… mean-spirited,”Clinton said).
  if (next !== '' && !AFTER_CLOSE.test(next) && !(/[,.!?]/.test(prev) && m.glyph !== "'" && m.glyph !== '’')) return false;
  // ’ and ' before a letter are apostrophes (don’t, Clinton’s); so is a plural possessive's ' unless it closes a quote.
  if ((m.glyph === '’' || m.glyph === "'") && next !== '' && WORDISH.test(next)) return false;
  return true;
}

function contentBounds(text: string, open: Mark, closePos: number): { start: number; end: number } {
  let start = open.pos + open.glyph.length;
  let end = closePos;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * The quoted spans of `text` within the given paragraphs (in text order). A quote that is still open at the end
 * of a paragraph continues when the next paragraph opens with a quote mark (the convention for quotes over
 * several paragraphs); one still open at the end of a paragraph it began runs to that paragraph's end.
 */
export function findQuotedSpans(text: string, paragraphs: readonly { start: number; end: number }[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let pi = 0;
  let from = paragraphs[0]?.start ?? 0;
  // A quote carried over from an earlier paragraph: its opening mark and first paragraph.
  let carried: { mark: Mark; firstPara: number } | null = null;
  while (pi < paragraphs.length) {
    const para = paragraphs[pi]!;
    const stack: Array<{ mark: Mark; firstPara: number }> = carried ? [carried] : [];
    carried = null;
    let restart: number | null = null;
    for (const m of marksIn(text, from, para.end)) {
      let depth = -1;
      if (closes(text, m, para.start, para.end)) {
        for (let k = stack.length - 1; k >= 0; k--) {
          if (CLOSERS[stack[k]!.mark.glyph]!.includes(m.glyph)) { depth = k; break; }
        }
      }
      if (depth >= 0) {
        const opener = stack[depth]!;
        stack.length = depth;
        if (depth === 0) {
          const { start, end } = contentBounds(text, opener.mark, m.pos);
          if (end > start) out.push({ open: opener.mark.pos, start, end, close: m.pos + m.glyph.length, firstPara: opener.firstPara, lastPara: pi });
        }
      } else if (opens(text, m, para.start, para.end)) {
        stack.push({ mark: m, firstPara: pi });
      }
    }
    const bottom = stack[0];
    if (bottom) {
      const next = paragraphs[pi + 1];
      const nextMark = next ? marksIn(text, next.start, next.start + 2)[0] : undefined;
      const continues = next && nextMark && nextMark.pos === next.start && opens(text, nextMark, next.start, next.end);
      if (continues) {
        carried = bottom;
        pi += 1;
        from = next.start + nextMark.glyph.length;
        continue;
      }
      if (bottom.firstPara < pi || bottom.mark.pos === paragraphs[bottom.firstPara]!.start) {
        const { start, end } = contentBounds(text, bottom.mark, para.end);
        if (end > start) out.push({ open: bottom.mark.pos, start, end, close: para.end, firstPara: bottom.firstPara, lastPara: pi });
      } else {
        // A stray opening mark: read the paragraph again without it.
        restart = bottom.mark.pos + bottom.mark.glyph.length;
      }
    }
    if (restart !== null) {
      const stray = restart;
      // Quotes found after the stray mark are found again on the second reading.
      while (out.length > 0 && out[out.length - 1]!.open >= stray) out.pop();
      from = stray;
      continue;
    }
    pi += 1;
    from = paragraphs[pi]?.start ?? 0;
  }
  return out;
}
