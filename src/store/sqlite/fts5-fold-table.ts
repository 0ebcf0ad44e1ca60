/**
 * How SQLite's full-text tokenizer reads each character, asked of the tokenizer itself.
 *
 * Search ranks its hits in TypeScript from term counts stored beside each article (term-counts.ts),
 * and those counts must be FTS5's own: a word counted where FTS5 would not count it, or folded
 * differently, would rank a hit otherwise than `bm25()` does. unicode61 decides per code point whether
 * it belongs in a token and what it folds to (case, and diacritics on Latin letters only: Cyrillic
 * й and Greek ά keep theirs, final ς becomes σ), with tables of its own Unicode version. Rather than
 * re-implement those tables, the first use indexes every BMP code point once, as `a<c>a`, in an
 * in-memory FTS5 table with the store's tokenizer and reads back the tokens (about 0.2 s). Code
 * points past the BMP are asked the same way when first met.
 */
import Database from 'better-sqlite3';
import { TOKENIZE } from './sqlite-search-index.ts';

/** Not part of a token: it ends one. */
export const SEPARATOR = -1;
/** Part of a token but folded away (contributes no character). */
export const DROPPED = 0;

export interface Fts5Fold {
  /** SEPARATOR, DROPPED or the code point `c` folds to. */
  fold(c: number): number;
}

let table: Fts5Fold | null = null;

/** The fold of the store's tokenizer (sqlite-search-index.ts TOKENIZE), built on first use. */
export function fts5Fold(): Fts5Fold {
  table ??= probeFold();
  return table;
}

function probeFold(): Fts5Fold {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE probe USING fts5(text, tokenize="${TOKENIZE}", detail=full);
    CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, 'instance');`);
  const insert = db.prepare('INSERT INTO probe (rowid, text) VALUES (?, ?)');
  const terms = db.prepare('SELECT doc, term FROM probe_terms').raw();
  const read = (codePoints: readonly number[], into: (c: number, f: number) => void) => {
    db.exec('DELETE FROM probe');
    db.transaction(() => { for (const c of codePoints) insert.run(c + 1, `a${String.fromCodePoint(c)}a`); })();
    const tokens = new Map<number, string[]>();
    for (const [doc, term] of terms.iterate() as Iterable<[number, string]>) {
      const list = tokens.get(doc - 1);
      if (list) list.push(term);
      else tokens.set(doc - 1, [term]);
    }
    for (const c of codePoints) into(c, foldOf(c, tokens.get(c) ?? []));
  };
  const bmp = new Int32Array(0x10000).fill(SEPARATOR);
  const codes: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) codes.push(c);
  read(codes, (c, f) => { bmp[c] = f; });
  const astral = new Map<number, number>();
  return {
    fold(c: number): number {
      if (c < 0x10000) return bmp[c]!;
      let f = astral.get(c);
      if (f === undefined) {
        read([c], (_, g) => { f = g; });
        astral.set(c, f!);
      }
      return f!;
    },
  };
}

/** What the tokens of `a<c>a` say about c: two tokens, a separator; `aa`, dropped; else its fold. */
function foldOf(c: number, tokens: readonly string[]): number {
  if (tokens.length === 2 && tokens[0] === 'a' && tokens[1] === 'a') return SEPARATOR;
  const only = tokens.length === 1 ? tokens[0]! : null;
  if (only === 'aa') return DROPPED;
  const inner = only !== null && only.startsWith('a') && only.endsWith('a') ? [...only.slice(1, -1)] : [];
  if (inner.length !== 1) {
    throw new Error(`store: SQLite's tokenizer read U+${c.toString(16).toUpperCase()} as ${JSON.stringify(tokens)}, not one character; search ranking assumes unicode61 folds one code point to at most one`);
  }
  return inner[0]!.codePointAt(0)!;
}
