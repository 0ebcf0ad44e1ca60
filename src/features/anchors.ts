import type { ArticleRecord } from '../article.ts';
import { asciiDigits } from '../language/ascii-digits.ts';
import { stopwordsFor } from '../language/stopwords.ts';
import { findPlaces } from './places.ts';
import { foldToLatin } from './transliterate.ts';

const ACRONYM = /(?<![\p{L}\p{N}])(?:\p{Lu}{2,6}\d{0,2}|\p{Lu}\d{1,2})(?![\p{L}\p{N}])/gu;
const SENTENCE_START = /(?:^|[.!?:;"„“”«»]\s*)$/u;
const YEAR = /^(1[89]\d\d|20\d\d|2100)$/;
// Module constants: a pattern literal in the token loop is a new RegExp object for every token.
const DIGIT_START = /^\p{Nd}/u;
const NOT_DIGITS = /\D/g;
const LEADING_ZEROS = /^0+(?=\d)/;

/**
 * Anchors are what survives translation: names (romanised, folded), numbers (digits only, so that
 * "54.000", "54,000" and "54 000" meet), years, acronyms, and countries named in the article's
 * language (ISO 3166 codes, so that "Japan" and "Giappone" meet). Keys are `kind:key`, counted.
 */
export function extractAnchors(rec: ArticleRecord): { counts: Map<string, number>; paragraphs: Map<string, number>; names: Array<{ norm: string; para: number }> } {
  const out = new Map<string, number>();
  const paragraphs = new Map<string, number>();
  // Paragraph positions count analysed paragraphs only, as the shape does.
  const position = new Map<number, number>();
  rec.paragraphs.forEach((p, i) => { if (p.repeatOf === null) position.set(i, position.size); });
  let para = -1;
  const add = (k: string) => {
    out.set(k, (out.get(k) ?? 0) + 1);
    if (!paragraphs.has(k)) paragraphs.set(k, para);
  };
  const stop = stopwordsFor(rec.lang.code);
  // Sentence-initial capitals are not evidence of a name unless the word is capitalised elsewhere too.
  const midCapital = new Set<string>();
  const candidates: Array<{ norm: string; initial: boolean; para: number }> = [];
  for (const t of rec.tokens) {
    para = position.get(t.para) ?? -1;
    if (DIGIT_START.test(t.norm)) {
      const ascii = asciiDigits(t.norm);
      const digits = ascii.replace(NOT_DIGITS, '');
      // "1.800 Meilen" is a number; only a bare four-digit token can be a year.
      if (YEAR.test(ascii)) add(`year:${digits}`);
      else if (digits.length >= 2) add(`number:${digits.replace(LEADING_ZEROS, '')}`);
      continue;
    }
    if (!t.cap || t.norm.length < 3 || stop.has(t.norm)) continue;
    const paragraph = rec.paragraphs[t.para]!;
    const before = rec.text.slice(Math.max(paragraph.start, t.start - 3), t.start);
    const initial = t.start === paragraph.start || SENTENCE_START.test(before);
    if (!initial) midCapital.add(t.norm);
    candidates.push({ norm: t.norm, initial, para });
  }
  const names: Array<{ norm: string; para: number }> = [];
  for (const c of candidates) {
    if (c.initial && !midCapital.has(c.norm)) continue;
    para = c.para;
    add(`name:${foldToLatin(c.norm)}`);
    names.push({ norm: c.norm, para });
  }
  rec.paragraphs.forEach((p, i) => {
    if (p.repeatOf !== null) return;
    para = position.get(i)!;
    for (const m of rec.text.slice(p.start, p.end).matchAll(ACRONYM)) add(`acronym:${foldToLatin(m[0])}`);
  });
  for (const p of findPlaces(rec, position)) {
    para = p.para;
    add(`place:${p.code.toLowerCase()}`);
  }
  return { counts: out, paragraphs, names };
}
