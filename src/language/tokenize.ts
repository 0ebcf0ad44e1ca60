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

// The same classes for the scanner below, looked up once per UTF-16 code unit and kept.
const DIGIT = 1;
const UNSPACED_CHAR = 2;
const WORD_START = 4;
const WORD_PART = 8;
const NUMBER_SEPARATOR = 16;
const CLASSIFIED = 32;
const IS_DIGIT = /\p{Nd}/u;
const IS_UNSPACED = new RegExp(`[${UNSPACED}]`, 'u');
const IS_LETTER = /[\p{L}\p{M}]/u;
const IS_FORMAT = /\p{Cf}/u;
const IS_SEPARATOR = /[.,'’\u00a0\u202f\u2009]/;
const classes = new Uint8Array(0x10000);

function classOf(unit: number): number {
  let c = classes[unit]!;
  if (c === 0) {
    const ch = String.fromCharCode(unit);
    c = CLASSIFIED;
    if (IS_DIGIT.test(ch)) c |= DIGIT;
    if (IS_UNSPACED.test(ch)) c |= UNSPACED_CHAR;
    else if (IS_LETTER.test(ch)) c |= WORD_START | WORD_PART;
    else if (IS_FORMAT.test(ch)) c |= WORD_PART;
    if (IS_SEPARATOR.test(ch)) c |= NUMBER_SEPARATOR;
    classes[unit] = c;
  }
  return c;
}

const SURROGATE = /[\ud800-\udfff]/;

function pushUnspaced(out: RawToken[], run: string, start: number): void {
  const chars = Array.from(run);
  if (chars.length === 1) out.push({ start, end: start + run.length, text: run, kind: 'unspaced' });
  let offset = start;
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    out.push({ start: offset, end: offset + a.length + b.length, text: a + b, kind: 'unspaced' });
    offset += a.length;
  }
}

/** Word, number and bigram tokens of a string, with offsets relative to `base`. */
export function scanTokens(s: string, base = 0): RawToken[] {
  // Text outside the Basic Multilingual Plane (emoji, rare Han) goes through the pattern itself.
  if (SURROGATE.test(s)) return scanTokensByPattern(s, base);
  const out: RawToken[] = [];
  const n = s.length;
  let i = 0;
  // What TOKEN matches, one code unit at a time: a number, else a run of an unspaced script, else a word.
  while (i < n) {
    const c = classOf(s.charCodeAt(i));
    let j = i + 1;
    if (c & DIGIT) {
      for (;;) {
        while (j < n && classOf(s.charCodeAt(j)) & DIGIT) j++;
        if (j + 1 < n && classOf(s.charCodeAt(j)) & NUMBER_SEPARATOR && classOf(s.charCodeAt(j + 1)) & DIGIT) j += 2;
        else break;
      }
      out.push({ start: base + i, end: base + j, text: s.slice(i, j), kind: 'number' });
    } else if (c & UNSPACED_CHAR) {
      while (j < n && classOf(s.charCodeAt(j)) & UNSPACED_CHAR) j++;
      pushUnspaced(out, s.slice(i, j), base + i);
    } else if (c & WORD_START) {
      while (j < n && classOf(s.charCodeAt(j)) & WORD_PART) j++;
      out.push({ start: base + i, end: base + j, text: s.slice(i, j), kind: 'word' });
    }
    i = j;
  }
  return out;
}

/** `scanTokens` by the pattern: the definition the scanner follows. */
export function scanTokensByPattern(s: string, base = 0): RawToken[] {
  const out: RawToken[] = [];
  for (const m of s.matchAll(TOKEN)) {
    const start = base + m.index;
    if (m[1] !== undefined) out.push({ start, end: start + m[0].length, text: m[0], kind: 'number' });
    else if (m[2] !== undefined) pushUnspaced(out, m[0], start);
    else out.push({ start, end: start + m[0].length, text: m[0], kind: 'word' });
  }
  return out;
}

const NOT_ASCII = /[^\0-\x7f]/;

export function normalizeToken(text: string): string {
  // ASCII is its own NFC and has no format characters.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
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
