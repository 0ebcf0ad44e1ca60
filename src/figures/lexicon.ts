import { alternation } from './number-words.ts';

/**
 * A set of literal forms ("Milliarden", "Mrd.", "per cento", "km²") matched at a given position, longest first.
 * Symbols and abbreviations match case-sensitively (so "m" is not "M", "5G" is not grams); words ignore case.
 * A space inside a form matches any run of white space, NBSP included.
 */
export interface LexiconEntry<T> {
  form: string;
  value: T;
  /** Match case-sensitively. */
  cs?: boolean;
}

export interface LexiconMatch<T> {
  value: T;
  end: number;
}

const WS = /\s+/g;
const wordChar = /[\p{L}\p{N}]/u;

function sticky(forms: string[], flags: string): RegExp | null {
  if (forms.length === 0) return null;
  // Escape first, then let the escaped spaces match any white space.
  const src = alternation(forms).replace(/ /g, '[\\s\\u00a0\\u202f]+');
  return new RegExp(`(?:${src})`, flags);
}

export class Lexicon<T> {
  private readonly cs: RegExp | null;
  private readonly ci: RegExp | null;
  private readonly exact = new Map<string, T>();
  private readonly folded = new Map<string, T>();

  constructor(entries: ReadonlyArray<LexiconEntry<T>>) {
    const csForms: string[] = [];
    const ciForms: string[] = [];
    for (const e of entries) {
      if (e.cs) {
        if (!this.exact.has(e.form)) this.exact.set(e.form, e.value);
        csForms.push(e.form);
      } else {
        const key = e.form.toLowerCase();
        if (!this.folded.has(key)) this.folded.set(key, e.value);
        ciForms.push(e.form);
      }
    }
    this.cs = sticky(csForms, 'uy');
    this.ci = sticky(ciForms, 'iuy');
  }

  /** The longest form starting exactly at `pos` and ending at a word boundary, or null. */
  match(text: string, pos: number): LexiconMatch<T> | null {
    let best: LexiconMatch<T> | null = null;
    for (const [re, map, fold] of [[this.cs, this.exact, false], [this.ci, this.folded, true]] as const) {
      if (!re) continue;
      re.lastIndex = pos;
      const m = re.exec(text);
      if (!m) continue;
      const end = pos + m[0].length;
      const last = m[0][m[0].length - 1]!;
      // A form that ends in a letter or digit must end a word: "m" is not the start of "meist".
      if (wordChar.test(last) && end < text.length && wordChar.test(text[end]!)) continue;
      let key = m[0].replace(WS, ' ');
      if (fold) key = key.toLowerCase();
      const value = map.get(key);
      if (value !== undefined && (!best || end > best.end)) best = { value, end };
    }
    return best;
  }
}
