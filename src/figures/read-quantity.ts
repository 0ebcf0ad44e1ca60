import { CURRENCY_BEFORE, currencyLexicon, currencyOfSign } from './currencies.ts';
import { notAFigure, wordInCompound } from './figure-exclusions.ts';
import { multiplierLexicon, multiplierWords } from './multipliers.ts';
import { alternation, cardinalWords, oneWords, wordValue } from './number-words.ts';
import { parseNumber } from './parse-number.ts';
import type { UnitSpec } from './units.ts';
import { unitLexicon } from './units.ts';

/** One number with what is attached to it: "$1.2bn", "5 Mrd. Yen", "2 %", "1.000 km", "zwei Prozent". */
export interface Quantity {
  /** Where the quantity starts, a currency sign before the number included. */
  start: number;
  numStart: number;
  numEnd: number;
  /** The number as written, signed, before any multiplier. */
  raw: number;
  /** Written as a word ("zwei", "due"); `one` for "eine", "a", "un", which count only before a multiplier. */
  word: boolean;
  one: boolean;
  multiplier: number | null;
  currency: string | null;
  unit: UnitSpec | null;
  /** Where the quantity ends: after its unit, currency or multiplier. */
  end: number;
}

// At most a dozen groups: no real number has more, and an unbounded run ("1 1 1 1 …" over 100 KB) would be
// matched whole at every position, making a paragraph quadratic.
const NUM = "\\d+(?:[.,'’\\u00a0\\u202f\\u2009 ]\\d+){0,12}";
const CONNECT = /(?:di|de|d['’]|of)[\s\u00a0]*/iuy;
const LETTER = /\p{L}/u;

const cache = new Map<string, { global: RegExp; sticky: RegExp }>();

/** The regex of number tokens in a language: digits in any grouping, cardinal words, "one" before a multiplier. */
export function numberRegex(lang: string, sticky = false): RegExp {
  let r = cache.get(lang);
  if (!r) {
    const cardinals = alternation(Object.keys(cardinalWords(lang)));
    const ones = alternation(oneWords(lang));
    const mult = alternation(multiplierWords(lang));
    const src = `(?<![\\p{L}\\p{N}_])(?:(?<num>${NUM})` +
      (cardinals ? `|(?<word>${cardinals})(?![\\p{L}\\p{N}])` : '') +
      (ones && mult ? `|(?<one>${ones})(?=[\\s\\u00a0]+(?:${mult})(?![\\p{L}]))` : '') + ')';
    r = { global: new RegExp(src, 'giu'), sticky: new RegExp(src, 'iuy') };
    cache.set(lang, r);
  }
  return sticky ? r.sticky : r.global;
}

/**
 * A plus or minus sign glued to the number and standing apart from what precedes it ("-0,3 %", "+2 %"):
 * -1, 1, or 0 when there is none. "F-35" and "2+2" are ruled out before this is asked.
 */
function signBefore(text: string, numStart: number): number {
  const ch = text[numStart - 1];
  if (ch !== '-' && ch !== '\u2212' && ch !== '+') return 0;
  const prev = text[numStart - 2];
  if (prev !== undefined && !/[\s(\[]/u.test(prev)) return 0;
  // "900 -1800" would be a range written loosely, not a negative number.
  if (/\d[\s\u00a0]*$/u.test(text.slice(Math.max(0, numStart - 4), numStart - 1))) return 0;
  return ch === '+' ? 1 : -1;
}

/** Skips one space-like character, if there is one. */
const gap = (text: string, pos: number): number => (pos < text.length && /\s/u.test(text[pos]!) ? pos + 1 : pos);

/**
 * Reads the quantity whose number token the number regex matched. Returns `skip` (how far to move on)
 * when the token is not a figure: an id, ordinal, time, or a malformed number such as "1.2.3".
 * `rangeEnd`: the token follows a range word or dash; `minStart`: where the previous figure ended.
 */
export function readQuantity(text: string, m: RegExpExecArray, lang: string, rangeEnd = false, minStart = 0): Quantity | { skip: number } {
  const g = m.groups!;
  const numStart = m.index;
  let numEnd = numStart + m[0].length;
  let raw: number;
  let sign = 0;
  const word = g['num'] === undefined;
  if (!word) {
    const parsed = parseNumber(m[0], lang);
    if (!parsed) return { skip: numEnd };
    if (parsed.length < m[0].length) {
      // "2022 100": the number ends at the space; anything else left over means it was not a number.
      if (m[0][parsed.length] !== ' ') return { skip: numEnd };
      numEnd = numStart + parsed.length;
    }
    raw = parsed.value;
    if (notAFigure(text, numStart, numEnd, lang, rangeEnd)) return { skip: numEnd };
    sign = signBefore(text, numStart);
  } else {
    raw = wordValue(m[0], lang) ?? NaN;
    // A capitalised number word mid-sentence is a name ("Otto").
    if (Number.isNaN(raw) || wordInCompound(text, numStart, numEnd) || (/^\p{Lu}/u.test(m[0]) && !/(?:^|[.!?:;"„“«»(]\s*)$/u.test(text.slice(Math.max(0, numStart - 3), numStart)))) {
      return { skip: numEnd };
    }
  }
  // A sign before the number belongs to it unless it ends the figure before ("1.000 €1.000").
  const before = sign !== 0 || word ? null : CURRENCY_BEFORE.exec(text.slice(Math.max(minStart, numStart - 6), numStart));
  let currency = before ? currencyOfSign(before[1]!) : null;
  const start = sign !== 0 ? numStart - 1 : before ? numStart - before[0].length : numStart;
  if (sign < 0) raw = -raw;
  let end = numEnd;
  let multiplier: number | null = null;
  const mul = multiplierLexicon(lang).match(text, gap(text, end));
  if (mul) {
    if (!mul.value.moneyOnly || currency !== null || currencyLexicon(lang).match(text, gap(text, mul.end)) !== null) {
      multiplier = mul.value.factor;
      end = mul.end;
    }
  }
  let unit: UnitSpec | null = null;
  const at = gap(text, end);
  let cur = currencyLexicon(lang).match(text, at);
  if (!cur && multiplier !== null) {
    CONNECT.lastIndex = at;
    const c = CONNECT.exec(text);
    if (c) cur = currencyLexicon(lang).match(text, at + c[0].length);
  }
  if (cur && (!cur.value.afterMultiplier || multiplier !== null)) {
    currency ??= cur.value.code;
    end = cur.end;
  } else if (currency === null) {
    const u = unitLexicon(lang).match(text, at);
    if (u) {
      unit = u.value;
      end = u.end;
    }
  }
  // Letters glued to the digits that are no unit: "12th", "1990s", "5G".
  if (!word && end === numEnd && LETTER.test(text[numEnd] ?? '')) return { skip: numEnd };
  // A rate ("136 km/h", "0,30 €/kWh") is no measure we convert.
  if (end > numEnd && text[end] === '/' && LETTER.test(text[end + 1] ?? '')) return { skip: end };
  return { start, numStart, numEnd, raw, word, one: g['one'] !== undefined, multiplier, currency, unit, end };
}
