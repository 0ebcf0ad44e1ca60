/**
 * Sentence spans of an article's analysed paragraphs, for the summary and the timeline. A period ends a
 * sentence unless it follows a number ("am 13. Januar"), a single letter or a short abbreviation.
 */
import type { Paragraph } from '../article.ts';

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph, and of the sentence inside the article (reading order). */
  para: number;
  index: number;
}

const ABBREVIATIONS = new Set([
  'dr', 'prof', 'nr', 'bzw', 'ca', 'vgl', 'z.b', 'u.a', 'sig', 'dott', 'ing', 'avv', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd', 'gen', 'col', 'gov', 'sen', 'rep', 'mme', 'mlle', 'sra', 'sr', 'dña',
  'jan', 'feb', 'febr', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'dez', 'mio', 'mrd',
]);

const BOUNDARY = /[.!?…]+["'“”»«’)\]]*\s+(?=["'„“«»‚‘(\[]?[\p{Lu}\p{N}])/gu;

function endsSentence(text: string, at: number): boolean {
  // `at` is the index of the terminal punctuation; look at the word before it.
  if (text[at] !== '.') return true;
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at));
  const word = before?.[1] ?? '';
  if (/^\p{N}+$/u.test(word)) return false;
  if (/^\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string, paragraphs: readonly Paragraph[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  paragraphs.forEach((p, para) => {
    if (p.repeatOf !== null || p.kind === 'caption') return;
    const body = text.slice(p.start, p.end);
    let from = 0;
    for (const m of body.matchAll(BOUNDARY)) {
      if (!endsSentence(body, m.index!)) continue;
      const end = m.index! + m[0].trimEnd().length;
      if (end - from > 1) out.push({ start: p.start + from, end: p.start + end, para, index: out.length });
      from = m.index! + m[0].length;
    }
    const rest = body.slice(from).trimEnd();
    if (rest.trim().length > 1) out.push({ start: p.start + from, end: p.start + from + rest.length, para, index: out.length });
  });
  return out;
}
