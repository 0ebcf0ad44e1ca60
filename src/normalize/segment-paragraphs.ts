import type { ArticleRecord, Paragraph, Stage } from '../article.ts';

/**
 * Paragraph spans over the text as given. Text with blank lines is split at blank lines (a hard-wrapped
 * paragraph stays one); text without any blank line is one paragraph a line, as feeds and sentence-per-line
 * corpora deliver it. Spans are trimmed of surrounding whitespace; empty paragraphs are not kept.
 */
export function paragraphSpans(text: string): Array<{ start: number; end: number }> {
  const hasBlankLine = /\n[^\S\n]*\n/.test(text);
  const separator = hasBlankLine ? /\n[^\S\n]*\n\s*/g : /\n+/g;
  const spans: Array<{ start: number; end: number }> = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

export const segmentParagraphs: Stage = (rec: ArticleRecord): ArticleRecord => {
  const paragraphs: Paragraph[] = paragraphSpans(rec.text).map((s) => ({ ...s, kind: 'body', repeatOf: null }));
  const messages = rec.text.normalize('NFC') === rec.text ? rec.messages : [
    ...rec.messages,
    { stage: 'normalize', code: 'not-nfc', message: 'text is not in Unicode NFC; analysed in NFC, offsets still point into the text as given', level: 'info' as const },
  ];
  return { ...rec, paragraphs, messages };
};
