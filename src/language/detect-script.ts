/**
 * Writing-system profile of a text: how many letters of each Unicode script it holds.
 * Script settles many languages outright and narrows the candidates for the rest, so it runs first.
 */

export type Script =
  | 'Latin' | 'Cyrillic' | 'Greek' | 'Armenian' | 'Georgian' | 'Hebrew' | 'Arabic' | 'Thaana'
  | 'Syriac' | 'Devanagari' | 'Bengali' | 'Gurmukhi' | 'Gujarati' | 'Oriya' | 'Tamil' | 'Telugu'
  | 'Kannada' | 'Malayalam' | 'Sinhala' | 'Thai' | 'Lao' | 'Tibetan' | 'Myanmar' | 'Khmer'
  | 'Ethiopic' | 'Hangul' | 'Kana' | 'Han' | 'Tifinagh' | 'Mongolian' | 'Cherokee' | 'Canadian'
  | 'Nko' | 'Other';

export interface ScriptProfile {
  /** Script with the most letters, or null when the text has no letters at all. */
  main: Script | null;
  /** Share of the letters that are in `main` (0..1). */
  share: number;
  /** Letters counted (digits, punctuation, spaces and symbols are not letters). */
  letters: number;
  counts: Partial<Record<Script, number>>;
}

// Sorted, non-overlapping [first, last, script] ranges; binary search keeps the per-character cost flat.
const RANGES: ReadonlyArray<readonly [number, number, Script]> = [
  [0x0041, 0x005a, 'Latin'], [0x0061, 0x007a, 'Latin'], [0x00c0, 0x024f, 'Latin'],
  [0x0250, 0x02af, 'Latin'], [0x0370, 0x03ff, 'Greek'], [0x0400, 0x052f, 'Cyrillic'],
  [0x0531, 0x058f, 'Armenian'], [0x0591, 0x05ff, 'Hebrew'], [0x0600, 0x06ff, 'Arabic'],
  [0x0700, 0x074f, 'Syriac'], [0x0750, 0x077f, 'Arabic'], [0x0780, 0x07bf, 'Thaana'],
  [0x07c0, 0x07ff, 'Nko'], [0x08a0, 0x08ff, 'Arabic'], [0x0900, 0x097f, 'Devanagari'],
  [0x0980, 0x09ff, 'Bengali'], [0x0a00, 0x0a7f, 'Gurmukhi'], [0x0a80, 0x0aff, 'Gujarati'],
  [0x0b00, 0x0b7f, 'Oriya'], [0x0b80, 0x0bff, 'Tamil'], [0x0c00, 0x0c7f, 'Telugu'],
  [0x0c80, 0x0cff, 'Kannada'], [0x0d00, 0x0d7f, 'Malayalam'], [0x0d80, 0x0dff, 'Sinhala'],
  [0x0e00, 0x0e7f, 'Thai'], [0x0e80, 0x0eff, 'Lao'], [0x0f00, 0x0fff, 'Tibetan'],
  [0x1000, 0x109f, 'Myanmar'], [0x10a0, 0x10ff, 'Georgian'], [0x1100, 0x11ff, 'Hangul'],
  [0x1200, 0x139f, 'Ethiopic'], [0x13a0, 0x13ff, 'Cherokee'], [0x1400, 0x167f, 'Canadian'],
  [0x1780, 0x17ff, 'Khmer'], [0x1800, 0x18af, 'Mongolian'], [0x19e0, 0x19ff, 'Khmer'],
  [0x1c90, 0x1cbf, 'Georgian'], [0x1d00, 0x1dbf, 'Latin'], [0x1e00, 0x1eff, 'Latin'],
  [0x1f00, 0x1fff, 'Greek'], [0x2d30, 0x2d7f, 'Tifinagh'], [0x2d80, 0x2ddf, 'Ethiopic'],
  [0x2e80, 0x2fdf, 'Han'], [0x3005, 0x3007, 'Han'], [0x3021, 0x3029, 'Han'],
  [0x3041, 0x309f, 'Kana'], [0x30a0, 0x30ff, 'Kana'], [0x3130, 0x318f, 'Hangul'],
  [0x31f0, 0x31ff, 'Kana'], [0x3400, 0x4dbf, 'Han'], [0x4e00, 0x9fff, 'Han'],
  [0xa640, 0xa69f, 'Cyrillic'], [0xa720, 0xa7ff, 'Latin'], [0xa960, 0xa97f, 'Hangul'],
  [0xab00, 0xab2f, 'Ethiopic'], [0xac00, 0xd7ff, 'Hangul'], [0xf900, 0xfaff, 'Han'],
  [0xfb1d, 0xfb4f, 'Hebrew'], [0xfb50, 0xfdff, 'Arabic'], [0xfe70, 0xfeff, 'Arabic'],
  [0xff21, 0xff3a, 'Latin'], [0xff41, 0xff5a, 'Latin'], [0xff66, 0xff9f, 'Kana'],
  [0x20000, 0x3134f, 'Han'],
];

/** Script of one code point, or null for non-letters (digits, punctuation, spaces, symbols). */
export function scriptOf(cp: number): Script | null {
  if (cp < 0x41) return null;
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = RANGES[mid]!;
    if (cp < r[0]) hi = mid - 1;
    else if (cp > r[1]) lo = mid + 1;
    else return isLetterish(cp, r[2]) ? r[2] : null;
  }
  return null;
}

// Inside script blocks, digits and punctuation of that block must not count as letters.
function isLetterish(cp: number, s: Script): boolean {
  if (s === 'Arabic') return !(cp >= 0x0660 && cp <= 0x0669) && !(cp >= 0x06f0 && cp <= 0x06f9)
    && cp !== 0x060c && cp !== 0x061b && cp !== 0x061f && cp !== 0x06d4 && cp !== 0x0640;
  if (s === 'Devanagari') return cp !== 0x0964 && cp !== 0x0965 && !(cp >= 0x0966 && cp <= 0x096f);
  if (s === 'Ethiopic') return !(cp >= 0x1360 && cp <= 0x137c);
  if (s === 'Tibetan') return cp >= 0x0f40 || cp === 0x0f00;
  if (s === 'Hebrew') return cp >= 0x05d0 || (cp >= 0x0591 && cp <= 0x05c7 && cp !== 0x05be && cp !== 0x05c0 && cp !== 0x05c3);
  if (s === 'Greek') return cp !== 0x037e && cp !== 0x0387;
  if (s === 'Kana') return cp !== 0x30fb;
  return true;
}

export function detectScript(text: string): ScriptProfile {
  const counts: Partial<Record<Script, number>> = {};
  let letters = 0;
  // ASCII letters counted apart: most text is mostly ASCII, and the table lookup is for the rest.
  let ascii = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      const lower = cp | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        // The first ASCII letter takes Latin's place in the counts' order (it breaks ties below).
        if (ascii++ === 0) counts.Latin = counts.Latin ?? 0;
        letters++;
      }
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      i++;
    }
    const s = scriptOf(cp);
    if (s === null) continue;
    counts[s] = (counts[s] ?? 0) + 1;
    letters++;
  }
  if (ascii > 0) counts.Latin! += ascii;
  let main: Script | null = null;
  let best = 0;
  for (const [s, n] of Object.entries(counts) as [Script, number][]) {
    if (n > best) {
      best = n;
      main = s;
    }
  }
  // Japanese mixes kana with many Han characters; any real share of kana means Japanese, not Chinese.
  if ((main === 'Han' || main === 'Kana') && (counts.Kana ?? 0) >= Math.max(2, 0.05 * letters)) {
    return { main: 'Kana', share: ((counts.Kana ?? 0) + (counts.Han ?? 0)) / letters, letters, counts };
  }
  // Korean text often carries some Han characters; Hangul syllables decide.
  if (main === 'Han' && (counts.Hangul ?? 0) >= 0.1 * letters) {
    return { main: 'Hangul', share: ((counts.Hangul ?? 0) + (counts.Han ?? 0)) / letters, letters, counts };
  }
  return { main, share: letters ? best / letters : 0, letters, counts };
}
