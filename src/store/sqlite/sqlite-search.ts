/**
 * Search on SQLite: FTS5 finds the newest SEARCH_POOL articles that have every word, and they are
 * ranked here by FTS5's own bm25 formula from the term counts stored beside each article
 * (term-counts.ts) instead of by `bm25()`, which tokenised every pooled article's text again and
 * counted every match of every word for its idf: 8–28 ms a search at a million articles, most of
 * a read thread's time (issue 7, API latency).
 *
 * The scores are bm25()'s (sqlite-search.test.ts compares them) with one difference: a word with more
 * than DF_EXACT matches has its number of matching articles estimated from how densely its newest
 * DF_EXACT matches lie among the newest articles, rather than counted. Its idf then follows recent
 * news, and a single-word query ranks the same either way (idf scales every score alike).
 */
import type Database from 'better-sqlite3';
import { SEARCH_POOL } from '../search-text.ts';
import { perConnection } from './per-connection.ts';
import { ftsWord } from './sqlite-story-query.ts';
import { readTermCounts, termHashes } from './term-counts.ts';

/** Past this many matches a word's article count is estimated, not counted. */
export const DF_EXACT = 1000;
/** The index's columns: title and text. */
const COLUMNS = 2;
const K1 = 1.2;
const B = 0.75;

export interface RankedHit { seq: number; score: number }

interface Statements {
  pool: Database.Statement;
  low: Database.Statement;
  count: Database.Statement;
  totals: Database.Statement;
  maxSeq: Database.Statement;
  counts: Database.Statement;
}

const statements = perConnection<Statements>((db) => ({
  pool: db.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${SEARCH_POOL}`).pluck(),
  low: db.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${DF_EXACT - 1}`).pluck(),
  count: db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck(),
  // FTS5's "averages" record: the row count, then the tokens of each column.
  totals: db.prepare('SELECT block FROM articles_fts_data WHERE id = 1').pluck(),
  maxSeq: db.prepare('SELECT max(seq) FROM articles').pluck(),
  counts: db.prepare('SELECT seq, counts FROM article_terms WHERE seq IN (SELECT value FROM json_each(?))').raw(),
}));

/**
 * The best `limit` of the newest SEARCH_POOL articles with every one of `words` (`searchWords`; `match`
 * their FTS5 query, `ftsMatchOf`), best first (lower score is better, as bm25() gives it; ties to the
 * older article). Run inside a read transaction, so that the pool, the counts and the totals are of
 * one snapshot.
 */
export function rankSearch(db: Database.Database, words: readonly string[], match: string, limit: number): RankedHit[] {
  const s = statements(db);
  const pool = s.pool.all(match) as number[];
  if (pool.length === 0) return [];
  const { rows, tokens } = readTotals(s.totals.get() as Buffer | undefined);
  const avgdl = tokens / rows;
  let newest: number | undefined;
  const newestSeq = () => (newest ??= Number(s.maxSeq.get()));
  const idf = words.map((w) => {
    const hits = matchingArticles(s, ftsWord(w), rows, newestSeq);
    const x = Math.log((rows - hits + 0.5) / (hits + 0.5));
    return x <= 0 ? 1e-6 : x;
  });
  // The hash of each word's one token (a word FTS5 splits could not be queried without positions).
  const hashes = words.map((w) => termHashes(w)[0] ?? -1);
  const stored = new Map((s.counts.all(JSON.stringify(pool)) as Array<[number, Buffer]>));
  const hits: RankedHit[] = [];
  for (const seq of pool) {
    const blob = stored.get(seq);
    if (blob === undefined) {
      throw new Error(`store: article ${seq} has no term counts (table article_terms), which every write adds; the store is damaged: \`parallax export --all\` it and import that into a new store`);
    }
    const { tokens: nTok, counts } = readTermCounts(blob, hashes);
    let score = 0;
    for (let i = 0; i < words.length; i++) {
      const f = counts[i]!;
      score += idf[i]! * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * nTok) / avgdl)));
    }
    hits.push({ seq, score: -1.0 * score });
  }
  hits.sort((a, b) => a.score - b.score || a.seq - b.seq);
  return hits.slice(0, limit);
}

/** How many articles match one word: counted up to DF_EXACT, else estimated from the newest DF_EXACT. */
function matchingArticles(s: Statements, word: string, rows: number, newestSeq: () => number): number {
  const low = s.low.get(word) as number | undefined;
  if (low === undefined) return Number(s.count.get(word));
  const newest = newestSeq();
  // Seqs of deleted articles leave gaps; taken as spread evenly, they cancel out of the ratio.
  return Math.min(rows, (DF_EXACT * newest) / (newest - low + 1));
}

/** FTS5's row and token totals (fts5_index.c's averages record: SQLite varints). */
function readTotals(block: Buffer | undefined): { rows: number; tokens: number } {
  if (block === undefined) return { rows: 0, tokens: 0 };
  let at = 0;
  const next = () => {
    let v = 0;
    for (let i = 0; i < 9; i++) {
      if (at >= block.length) throw new Error('store: the full-text index\'s totals end inside a number; rebuild the index');
      const b = block[at++]!;
      if (i === 8) return v * 256 + b;
      v = v * 128 + (b & 0x7f);
      if (b < 0x80) return v;
    }
    return v;
  };
  const rows = next();
  let tokens = 0;
  for (let column = 0; column < COLUMNS; column++) tokens += next();
  return { rows, tokens };
}
