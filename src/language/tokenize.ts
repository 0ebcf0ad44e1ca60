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

/** Where the scanner puts what it finds: raw tokens for callers that want them, records' tokens for the stage. */
interface TokenSink {
  token(start: number, end: number, kind: TokenKind): void;
}

/**
 * What TOKEN matches in s[from, to), one code unit at a time: a number, else a run of an unspaced script
 * (as bigrams), else a word; offsets are indices into `s`. False, with possibly some tokens already sent,
 * when the range holds a surrogate: text outside the Basic Multilingual Plane needs the pattern itself.
 */
function scanRange(s: string, from: number, to: number, sink: TokenSink): boolean {
  let i = from;
  while (i < to) {
    const unit = s.charCodeAt(i);
    // Every surrogate reaches this point: no class lets a run or a number continue over one.
    if (unit >= 0xd800 && unit <= 0xdfff) return false;
    const c = classOf(unit);
    let j = i + 1;
    if (c & DIGIT) {
      for (;;) {
        while (j < to && classOf(s.charCodeAt(j)) & DIGIT) j++;
        if (j + 1 < to && classOf(s.charCodeAt(j)) & NUMBER_SEPARATOR && classOf(s.charCodeAt(j + 1)) & DIGIT) j += 2;
        else break;
      }
      sink.token(i, j, 'number');
    } else if (c & UNSPACED_CHAR) {
      while (j < to && classOf(s.charCodeAt(j)) & UNSPACED_CHAR) j++;
      // Without surrogates every character is one code unit: bigrams are i..i+2, a lone character itself.
      if (j - i === 1) sink.token(i, j, 'unspaced');
      for (let k = i; k + 1 < j; k++) sink.token(k, k + 2, 'unspaced');
    } else if (c & WORD_START) {
      while (j < to && classOf(s.charCodeAt(j)) & WORD_PART) j++;
      sink.token(i, j, 'word');
    }
    i = j;
  }
  return true;
}

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

class RawTokenSink implements TokenSink {
  readonly out: RawToken[] = [];
  constructor(private readonly s: string, private readonly base: number) {}
  token(start: number, end: number, kind: TokenKind): void {
    this.out.push({ start: this.base + start, end: this.base + end, text: this.s.slice(start, end), kind });
  }
}

/** Word, number and bigram tokens of a string, with offsets relative to `base`. */
export function scanTokens(s: string, base = 0): RawToken[] {
  if (SURROGATE.test(s)) return scanTokensByPattern(s, base);
  const sink = new RawTokenSink(s, base);
  scanRange(s, 0, s.length, sink);
  return sink.out;
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

function tokenOf(text: string, start: number, end: number, kind: TokenKind, para: number, lang: string): Token {
  const norm = normalizeToken(text);
  return {
    start,
    end,
    norm,
    cap: UPPER_START.test(text),
    para,
    stem: kind === 'word' ? stem(norm, lang) : norm,
  };
}

export function makeToken(raw: RawToken, para: number, lang: string): Token {
  return tokenOf(raw.text, raw.start, raw.end, raw.kind, para, lang);
}

/** The records' tokens of one paragraph straight from the text: no substring but each token's own. */
class ParagraphTokenSink implements TokenSink {
  readonly tokens: Token[] = [];
  para = 0;
  constructor(private readonly text: string, private readonly lang: string) {}
  token(start: number, end: number, kind: TokenKind): void {
    this.tokens.push(tokenOf(this.text.slice(start, end), start, end, kind, this.para, this.lang));
  }
}

/** Tokens of every analysed paragraph (repeats left out), in text order. */
export const tokenize: Stage = (rec: ArticleRecord): ArticleRecord => {
  const sink = new ParagraphTokenSink(rec.text, rec.lang.code);
  const tokens = sink.tokens;
  rec.paragraphs.forEach((p, i) => {
    if (p.repeatOf !== null) return;
    sink.para = i;
    const mark = tokens.length;
    if (scanRange(rec.text, p.start, p.end, sink)) return;
    tokens.length = mark;
    for (const raw of scanTokensByPattern(rec.text.slice(p.start, p.end), p.start)) tokens.push(makeToken(raw, i, rec.lang.code));
  });
  return { ...rec, tokens };
};
