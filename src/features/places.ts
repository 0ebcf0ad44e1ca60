import type { ArticleRecord } from '../article.ts';
import { makeToken, scanTokens } from '../language/tokenize.ts';

/** Country and region names of one language, by the stem of their first word. */
type PlaceTable = Map<string, Array<{ stems: string[]; code: string }>>;

const tables = new Map<string, PlaceTable | null>();

// Every two-letter region CLDR names, but "Unknown Region".
const CODES: string[] = (() => {
  const out: string[] = [];
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      try {
        if (code !== 'ZZ' && en.of(code)) out.push(code);
      } catch {
        // not a region code
      }
    }
  }
  return out;
})();

/**
 * Country and region names in a language, from CLDR through `Intl.DisplayNames` (long and short
 * forms: "Vereinigte Staaten", "USA"), stemmed as the language's articles are, so that inflected forms
 * meet ("Vereinigten Staaten", "Японии"). Null for a language CLDR does not name regions in.
 */
function placeTable(lang: string): PlaceTable | null {
  if (tables.has(lang)) return tables.get(lang)!;
  let table: PlaceTable | null = null;
  if (lang !== 'und' && Intl.DisplayNames.supportedLocalesOf([lang]).length > 0) {
    table = new Map();
    for (const style of ['long', 'short'] as const) {
      const names = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
      for (const code of CODES) {
        const name = names.of(code);
        if (!name) continue;
        const stems = scanTokens(name).filter((t) => t.kind === 'word').map((t) => makeToken(t, -1, lang).stem);
        if (stems.length === 0) continue;
        const list = table.get(stems[0]!) ?? [];
        if (!list.some((e) => e.code === code && e.stems.join(' ') === stems.join(' '))) list.push({ stems, code });
        table.set(stems[0]!, list.sort((x, y) => y.stems.length - x.stems.length));
      }
    }
  }
  tables.set(lang, table);
  return table;
}

/** Do the tokens from i on spell these stems, within one paragraph? */
function namedAt(tokens: ArticleRecord['tokens'], i: number, stems: readonly string[]): boolean {
  const para = tokens[i]!.para;
  for (let k = 0; k < stems.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || t.stem !== stems[k] || t.para !== para) return false;
  }
  return true;
}

/**
 * Countries and regions the article names in its own language, as ISO 3166 codes with the first
 * analysed paragraph each occurs in: one key for "Japan", "Giappone" and "Япония".
 */
export function findPlaces(rec: ArticleRecord, position: ReadonlyMap<number, number>): Array<{ code: string; para: number }> {
  const table = placeTable(rec.lang.code);
  if (!table) return [];
  const out: Array<{ code: string; para: number }> = [];
  const tokens = rec.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const candidates = table.get(tokens[i]!.stem);
    if (!candidates) continue;
    // A loop, not `find`: a closure over `i` would give every token's iteration a context object of its own.
    let hit: { stems: string[]; code: string } | undefined;
    for (let k = 0; k < candidates.length && !hit; k++) if (namedAt(tokens, i, candidates[k]!.stems)) hit = candidates[k];
    if (!hit) continue;
    const para = position.get(tokens[i]!.para);
    if (para !== undefined) out.push({ code: hit.code, para });
    i += hit.stems.length - 1;
  }
  return out;
}
