import type { ArticleRecord, Stage, Token } from '../article.ts';
import { stem } from './stem.ts';

// Scripts written without spaces between words: indexed as overlapping character bigrams, which
// retrieves about as well as a word segmenter for clustering and needs no dictionary.
const UNSPACED = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}ー`;
const TOKEN = new RegExp(
  String.raw`(\p{Nd}+(?:[.,'’\u00a0\u202f\u2009]\p{Nd}+)*)` +
    String.raw`|([${UNSPACED}]+)` +
    String.raw`|([[\p{L}\p{M}]--[${UNSPACED}]](?:[[\p{L}\p{M}\p{Cf}]--[${UNSPACED}]])*)`,
  'gv',
);
const FORMAT_CHARS = /\p{Cf}/gu;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;

export type TokenKind = 'number' | 'unspaced' | 'word';

export interface RawToken {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

/** Word, number and bigram tokens of a string, with offsets relative to `base`. */
export function scanTokens(s: string, base = 0): RawToken[] {
  const out: RawToken[] = [];
  for (const m of s.matchAll(TOKEN)) {
    const start = base + m.index;
    if (m[1] !== undefined) out.push({ start, end: start + m[0].length, text: m[0], kind: 'number' });
    else if (m[2] !== undefined) {
      const chars = Array.from(m[0]);
      if (chars.length === 1) out.push({ start, end: start + m[0].length, text: m[0], kind: 'unspaced' });
      let offset = start;
      for (let i = 0; i + 1 < chars.length; i++) {
        const a = chars[i]!;
        const b = chars[i + 1]!;
        out.push({ start: offset, end: offset + a.length + b.length, text: a + b, kind: 'unspaced' });
        offset += a.length;
      }
    } else out.push({ start, end: start + m[0].length, text: m[0], kind: 'word' });
  }
  return out;
}

export function normalizeToken(text: string): string {
  return text.normalize('NFC').replace(FORMAT_CHARS, '').toLowerCase();
}

export function makeToken(raw: RawToken, para: number, lang: string): Token {
  const norm = normalizeToken(raw.text);
  return {
    start: raw.start,
    end: raw.end,
    norm,
    cap: UPPER_START.test(raw.text),
    para,
    stem: raw.kind === 'word' ? stem(norm, lang) : norm,
  };
}

/** Tokens of every analysed paragraph (repeats left out), in text order. */
export const tokenize: Stage = (rec: ArticleRecord): ArticleRecord => {
  const tokens: Token[] = [];
  rec.paragraphs.forEach((p, i) => {
    if (p.repeatOf !== null) return;
    for (const raw of scanTokens(rec.text.slice(p.start, p.end), p.start)) {
      tokens.push(makeToken(raw, i, rec.lang.code));
    }
  });
  return { ...rec, tokens };
};
