/**
 * How often each word occurs in an article, as FTS5 counts it, in a few hundred bytes (issue 7).
 *
 * The full-text index keeps no word positions (`detail=none`, sqlite-search-index.ts), so FTS5's
 * `bm25()` learns how often a query word occurs in a hit by inflating and tokenising the hit's text
 * again: about 39 µs a pooled article at a million, and 250 of them are pooled for every search. The
 * counts are instead written once, beside the article: its number of tokens, then, for every term
 * that occurs at least twice, a 24-bit hash of the term and its count. A term matched by the index
 * but absent from the list occurs once. A query word whose hash collides with another term of the
 * article that occurs twice or more would be counted as that term: at about 70 such terms an
 * article, one word in 240,000 on average; the bytes saved over a 32-bit hash are an article's 70.
 *
 * Blob: varint token count, then per term 3 bytes of hash (big-endian) and a varint count.
 */
import { ByteReader, ByteWriter } from '../byte-writer.ts';
import { DROPPED, fts5Fold, SEPARATOR } from './fts5-fold-table.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const HASH_MASK = 0xffffff;

/** Calls `token` with the 24-bit hash of each token of `text`, in order, folded as FTS5 folds it. */
function forEachToken(text: string, token: (hash: number) => void): void {
  const fold = fts5Fold();
  let h = FNV_OFFSET;
  let open = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    // A lone surrogate reaches SQLite as U+FFFD, which separates.
    const f = c >= 0xd800 && c <= 0xdfff ? SEPARATOR : fold.fold(c);
    if (f === SEPARATOR) {
      if (open) token(h & HASH_MASK);
      h = FNV_OFFSET;
      open = false;
      continue;
    }
    open = true;
    if (f === DROPPED) continue;
    // FNV-1a over the folded code points' UTF-16 units, so a query word hashes the same way.
    if (f >= 0x10000) {
      h = Math.imul(h ^ (0xd800 + ((f - 0x10000) >> 10)), FNV_PRIME);
      h = Math.imul(h ^ (0xdc00 + ((f - 0x10000) & 0x3ff)), FNV_PRIME);
    } else h = Math.imul(h ^ f, FNV_PRIME);
  }
  if (open) token(h & HASH_MASK);
}

/** The hash of each token FTS5 makes of a query word (one for a word of `searchWords`). */
export function termHashes(word: string): number[] {
  const out: number[] = [];
  forEachToken(word, (h) => out.push(h));
  return out;
}

/** The encoded counts of an article's title and text, the columns of the full-text index. */
export function termCounts(title: string | null, text: string): Buffer {
  const counts = new Map<number, number>();
  let tokens = 0;
  const add = (h: number) => { tokens++; counts.set(h, (counts.get(h) ?? 0) + 1); };
  if (title !== null) forEachToken(title, add);
  forEachToken(text, add);
  const out = new ByteWriter();
  out.uint(tokens);
  for (const [h, n] of counts) {
    if (n < 2) continue;
    out.byte(h >>> 16);
    out.byte((h >>> 8) & 0xff);
    out.byte(h & 0xff);
    out.uint(n);
  }
  return Buffer.from(out.bytes());
}

/** An article's encoded counts, read for the terms of one query. */
export function readTermCounts(blob: Buffer, hashes: readonly number[]): { tokens: number; counts: number[] } {
  const r = new ByteReader(blob, "an article's term counts");
  const tokens = r.uint();
  // A term the index matched but the list lacks occurs once.
  const counts = hashes.map(() => 1);
  while (!r.done) {
    const h = (r.byte() << 16) | (r.byte() << 8) | r.byte();
    const n = r.uint();
    for (let i = 0; i < hashes.length; i++) if (hashes[i] === h) counts[i] = n;
  }
  return { tokens, counts };
}
