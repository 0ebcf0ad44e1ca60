/**
 * Locale-aware reading of written numbers: "1.000", "1,000", "1 000", "1'000", "1,5", "1.5".
 * A separator followed by exactly three digits is the one ambiguous case; the article's language
 * decides it (German "1,500" = 1.5, English "1,500" = 1500), and without a known language it is
 * read as digit grouping, the more frequent use in news. Three zeros always group ("10,000" in Spanish).
 */

export interface NumberFormat {
  /** The language's decimal mark, or null when the language is unknown. */
  decimal: '.' | ',' | null;
  /** Whether a plain ASCII space groups digits ("54 000" in French or Polish; in German or English it does not). */
  spaceGroups: boolean;
}

export interface ParsedNumber {
  value: number;
  /** UTF-16 length of the prefix that was read; the rest of the input is not part of the number. */
  length: number;
}

const formats = new Map<string, NumberFormat>();
// CLDR's default Spanish and Portuguese (Brazil) group with '.', but Spain's RAE and Portugal write "10 000".
const SPACE_TOO = new Set(['es', 'pt']);

/** The decimal mark and space grouping of a language (BCP 47 primary subtag), from the platform's CLDR data. */
export function numberFormat(lang: string): NumberFormat {
  let f = formats.get(lang);
  if (f) return f;
  f = { decimal: null, spaceGroups: false };
  try {
    const nf = new Intl.NumberFormat(lang);
    // An unknown tag falls back to the default locale, which says nothing about this language.
    if (lang !== 'und' && nf.resolvedOptions().locale.split('-')[0] === lang.split('-')[0]) {
      const parts = nf.formatToParts(1234567.5);
      const decimal = parts.find((p) => p.type === 'decimal')?.value;
      const group = parts.find((p) => p.type === 'group')?.value ?? '';
      f = { decimal: decimal === ',' ? ',' : decimal === '.' ? '.' : null, spaceGroups: /^\s$/u.test(group) || SPACE_TOO.has(lang) };
    }
  } catch {
    // A malformed tag is an unknown language.
  }
  formats.set(lang, f);
  return f;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

type SepKind = '.' | ',' | 'space' | 'nbsp' | 'apos';

function sepKind(ch: string): SepKind | null {
  switch (ch) {
    case '.': return '.';
    case ',': return ',';
    case ' ': return 'space';
    case '\u00a0': case '\u202f': case '\u2009': return 'nbsp';
    case "'": case '\u2019': return 'apos';
    default: return null;
  }
}

/** Digit runs and the single separators between them, from the start of `s`. */
function scan(s: string): { groups: Array<{ start: number; end: number }>; seps: SepKind[] } {
  const groups: Array<{ start: number; end: number }> = [];
  const seps: SepKind[] = [];
  let i = 0;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  if (i === 0) return { groups, seps };
  groups.push({ start: 0, end: i });
  while (i + 1 < s.length) {
    const kind = sepKind(s[i]!);
    if (kind === null || !isDigit(s.charCodeAt(i + 1))) break;
    let j = i + 1;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    seps.push(kind);
    groups.push({ start: i + 1, end: j });
    i = j;
  }
  return { groups, seps };
}

/**
 * Reads the number at the start of `s` in the conventions of `lang`. Returns the longest prefix that
 * is a well-formed number (so "2022 100" gives 2022 in German), or null when `s` does not start with a digit.
 * Only ASCII digits are read. Never throws.
 */
export function parseNumber(s: string, lang: string): ParsedNumber | null {
  const { groups, seps } = scan(s);
  if (groups.length === 0) return null;
  const fmt = numberFormat(lang);
  const head = groups[0]!;
  const headLen = head.end - head.start;
  // Digit grouping needs a head of one to three digits, not starting with zero ("0,500" is a fraction).
  const headGroups = headLen <= 3 && s[0] !== '0';
  let intEnd = 0; // groups[0..intEnd] form the integer part
  let decimalGroup = -1;
  let grouping: SepKind | null = null;
  for (let k = 0; k < seps.length; k++) {
    const sep = seps[k]!;
    const g = groups[k + 1]!;
    const three = g.end - g.start === 3;
    if (sep === 'space' || sep === 'nbsp' || sep === 'apos') {
      if ((sep === 'space' && !fmt.spaceGroups) || !headGroups || !three) break;
      if (grouping !== null && grouping !== sep) break;
      grouping = sep;
      intEnd = k + 1;
      continue;
    }
    if (grouping === sep) {
      if (!three) break;
      intEnd = k + 1;
      continue;
    }
    if (grouping !== null) {
      // After grouping by another mark, "." or "," can only be the decimal mark.
      decimalGroup = k + 1;
      break;
    }
    const next = seps[k + 1];
    if (next === sep) {
      // Repeated, the mark groups digits ("1.000.000"); if the groups are malformed the number ends here.
      if (!headGroups || !three) break;
      grouping = sep;
      intEnd = k + 1;
      continue;
    }
    if (next === '.' || next === ',') {
      // Both marks: the first groups, the second is decimal ("1,234.5", "1.234,5").
      if (!headGroups || !three) break;
      grouping = sep;
      intEnd = k + 1;
      continue;
    }
    // "10,000" in a Spanish text is ten thousand written the English way: nobody writes ten as "10,000".
    const zeros = three && s.slice(g.start, g.end) === '000';
    const groupsHere = headGroups && three && (sep !== fmt.decimal || zeros);
    if (groupsHere) {
      grouping = sep;
      intEnd = k + 1;
    } else {
      decimalGroup = k + 1;
    }
    break;
  }
  let digits = '';
  for (let k = 0; k <= intEnd; k++) digits += s.slice(groups[k]!.start, groups[k]!.end);
  let end = groups[intEnd]!.end;
  if (decimalGroup > 0) {
    const d = groups[decimalGroup]!;
    digits += '.' + s.slice(d.start, d.end);
    end = d.end;
  }
  return { value: Number(digits), length: end };
}
