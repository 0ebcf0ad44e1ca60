/**
 * Full text on PostgreSQL with the matching SQLite's FTS5 (unicode61, remove_diacritics 2) gives:
 * words are runs of letters, digits and marks, matched whole, case- and diacritics-insensitively, in
 * every language. PostgreSQL's own parsers and dictionaries are language-bound and split "4.75" or
 * "e-mail" their own way, and `unaccent` needs contrib and a superuser; so the words are found and
 * folded here, and PostgreSQL stores and indexes them as a tsvector (GIN) and ranks with ts_rank.
 * The tsvector and tsquery are built as literals from words alone (no quote or backslash can occur).
 */
import { MATCH_END, MATCH_START, searchWords } from '../search-text.ts';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
/** A query word is at most this long (searchWords), so a longer word in a text can never match. */
const MAX_WORD = 64;
const MAX_POSITION = 16383;
const POSITIONS_PER_WORD = 32;
/** PostgreSQL refuses a tsvector over 1 MB. */
const MAX_VECTOR_BYTES = 1_000_000;

/** Lower case without Latin, Greek or Cyrillic diacritics: "Müller" and "MULLER" fold alike, "ß" stays. */
export function foldWord(w: string): string {
  return w.toLowerCase().normalize('NFD').replace(COMBINING_DIACRITICS, '').normalize('NFC');
}

const lexeme = (w: string) => `'${w}'`;

/** The tsvector literal of an article's title and text. */
export function searchVector(title: string | null, text: string): string {
  const positions = new Map<string, number[]>();
  let i = 0;
  for (const part of [title ?? '', text]) {
    for (const m of part.matchAll(WORD)) {
      i++;
      const w = foldWord(m[0]);
      if (w.length === 0 || w.length > MAX_WORD) continue;
      let list = positions.get(w);
      if (!list) positions.set(w, (list = []));
      const pos = Math.min(i, MAX_POSITION);
      if (list.length < POSITIONS_PER_WORD && list[list.length - 1] !== pos) list.push(pos);
    }
  }
  // Words stay searchable before positions (ranking) do: a text too large for positions keeps its words.
  let bytes = 0;
  for (const [w, list] of positions) bytes += 6 + Buffer.byteLength(w) + 2 * list.length;
  const withPositions = bytes <= MAX_VECTOR_BYTES;
  const out: string[] = [];
  let size = 0;
  for (const [w, list] of positions) {
    size += 6 + Buffer.byteLength(w) + (withPositions ? 2 * list.length : 0);
    if (size > MAX_VECTOR_BYTES) break;
    out.push(withPositions ? `${lexeme(w)}:${list.join(',')}` : lexeme(w));
  }
  return out.join(' ');
}

/** The folded words of a query, or null when it has none. */
export function queryWords(q: string): string[] | null {
  const words = [...new Set(searchWords(q).map(foldWord).filter((w) => w.length > 0))];
  return words.length === 0 ? null : words;
}

/** A tsquery literal meaning "all these words". */
export function searchQuery(words: readonly string[]): string {
  return words.map(lexeme).join(' & ');
}

const SNIPPET_TOKENS = 24;
const LEAD = 3;

/**
 * An excerpt of the title or the text around the matches, at most 24 words, matches between
 * MATCH_START and MATCH_END, '…' where it cuts: the part with the most distinct query words, the
 * earliest such.
 */
export function markedSnippet(title: string | null, text: string, words: readonly string[]): string {
  const wanted = new Set(words);
  let best: { part: string; tokens: RegExpMatchArray[]; start: number; hits: number } | null = null;
  for (const part of [title ?? '', text]) {
    const tokens = [...part.matchAll(WORD)];
    const folded = tokens.map((t) => foldWord(t[0]));
    for (let h = 0; h < tokens.length; h++) {
      if (!wanted.has(folded[h]!)) continue;
      const start = Math.max(0, h - LEAD);
      const hits = new Set(folded.slice(start, start + SNIPPET_TOKENS).filter((w) => wanted.has(w))).size;
      if (!best || hits > best.hits) best = { part, tokens, start, hits };
    }
  }
  if (!best) return (title ?? text).slice(0, 200);
  const { part, tokens, start } = best;
  const end = Math.min(tokens.length, start + SNIPPET_TOKENS);
  let out = start > 0 ? '…' : '';
  let at = tokens[start]!.index!;
  for (let t = start; t < end; t++) {
    const tok = tokens[t]!;
    out += part.slice(at, tok.index!);
    out += wanted.has(foldWord(tok[0])) ? `${MATCH_START}${tok[0]}${MATCH_END}` : tok[0];
    at = tok.index! + tok[0].length;
  }
  if (end < tokens.length) out += '…';
  else out += part.slice(at);
  return out;
}
