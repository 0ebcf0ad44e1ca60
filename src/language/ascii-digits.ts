// Decimal digits come in runs of ten in Unicode (Arabic-Indic, Devanagari, Bengali, Thai, full-width, …);
// a digit's value is its distance from the start of its run, modulo ten for consecutive runs.
const DIGIT = /\p{Nd}/u;
const valueCache = new Map<number, number>();

function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  let v = valueCache.get(cp);
  if (v === undefined) {
    let start = cp;
    while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
    v = (cp - start) % 10;
    valueCache.set(cp, v);
  }
  return v;
}

/** Every decimal digit of any script as its ASCII digit; other characters unchanged. */
export function asciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    out += DIGIT.test(ch) ? String(digitValue(ch.codePointAt(0)!)) : ch;
  }
  return out;
}
