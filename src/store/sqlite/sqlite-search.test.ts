import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { resolveConfig } from '../../config.ts';
import { ingest, openCorpus } from '../../ingest.ts';
import { readInputs } from '../../read/read-inputs.ts';
import { prng } from '../../testing/crash-harness.ts';
import { rawArticle } from '../../testing/raw-article.ts';
import { SEARCH_POOL, searchWords } from '../search-text.ts';
import { DF_EXACT, rankSearch, type RankedHit } from './sqlite-search.ts';
import { TOKENIZE } from './sqlite-search-index.ts';
import { SqliteStore } from './sqlite-store.ts';
import { ftsMatch } from './sqlite-story-query.ts';
import { registerTextFunction } from './sqlite-stored-text.ts';
import { termCounts } from './term-counts.ts';

/** The naive reference: FTS5's own bm25() over the same pool, which re-reads every pooled text. */
function bm25Ranking(db: Database.Database, q: string): RankedHit[] {
  const match = ftsMatch(q)!;
  return db.prepare(`SELECT rowid AS seq, bm25(articles_fts) AS score FROM articles_fts WHERE articles_fts MATCH @match
    AND rowid >= coalesce((SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET ${SEARCH_POOL - 1}), 0)
    ORDER BY score, seq`).all({ match }) as RankedHit[];
}

function assertSameRanking(db: Database.Database, q: string, relTolerance = 1e-12): void {
  const want = bm25Ranking(db, q);
  const got = rankSearch(db, searchWords(q), ftsMatch(q)!, 10_000);
  assert.deepEqual(got.map((h) => h.seq), want.map((h) => h.seq), `order for "${q}"`);
  got.forEach((h, i) => assert.ok(Math.abs(h.score - want[i]!.score) <= relTolerance * Math.abs(want[i]!.score) + 1e-15, `score of ${h.seq} for "${q}": ${h.score} vs ${want[i]!.score}`));
}

/** The tables search reads, as the store's schema has them, in memory. */
function searchTables(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE articles (seq INTEGER PRIMARY KEY, title TEXT, text TEXT NOT NULL);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize="${TOKENIZE}", detail=none);
    CREATE TABLE article_terms (seq INTEGER PRIMARY KEY, counts BLOB NOT NULL);`);
  return db;
}

function addArticle(db: Database.Database, seq: number, title: string | null, text: string): void {
  db.prepare('INSERT INTO articles (seq, title, text) VALUES (?, ?, ?)').run(seq, title, text);
  db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)').run(seq, title, text);
  db.prepare('INSERT INTO article_terms (seq, counts) VALUES (?, ?)').run(seq, termCounts(title, text));
}

const VOCABULARY = ['Müller', 'muller', 'rate', 'Rates', 'bank', 'Norway', 'flood', 'πόλη', 'ΠΌΛΗ', 'город', 'Город', 'हिंदी', 'café', 'CAFE', 'the', 'and', 'of', 'x1', '2025'];

test('search ranks as bm25() does over the same pool: random corpora and queries (property)', () => {
  for (let seed = 1; seed <= 6; seed++) {
    const rnd = prng(seed);
    const pick = () => VOCABULARY[Math.floor(rnd() * rnd() * VOCABULARY.length)]!;
    const db = searchTables();
    // More articles than the pool, with gaps in seq (deleted articles), titles or none, and runs of repeats.
    const n = 200 + Math.floor(rnd() * 200);
    let seq = 0;
    for (let i = 0; i < n; i++) {
      seq += 1 + Math.floor(rnd() * 3);
      const words = Array.from({ length: 1 + Math.floor(rnd() * 60) }, () => (rnd() < 0.05 ? `${pick()} `.repeat(1 + Math.floor(rnd() * 150)).trim() : pick()));
      addArticle(db, seq, rnd() < 0.7 ? Array.from({ length: 1 + Math.floor(rnd() * 5) }, pick).join(' ') : null, words.join(rnd() < 0.5 ? ' ' : ', '));
    }
    for (let k = 0; k < 40; k++) {
      const q = Array.from({ length: 1 + Math.floor(rnd() * 3) }, pick).join(' ');
      assertSameRanking(db, q);
    }
    db.close();
  }
});

test('search ranks the sample corpus, ten languages stored by the SQLite store, as bm25() does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-search-'));
  try {
    const path = join(dir, 'store.db');
    const store = new SqliteStore(path);
    const cfg = resolveConfig();
    await ingest(readInputs([fileURLToPath(new URL('../../../examples/corpus', import.meta.url))]), store, await openCorpus(store, cfg), cfg);
    // An article replaced by a changed version leaves no counts behind (the row goes with its article).
    for (const text of ['Tram line opens in Göttingen on Monday.', 'Tram line opening in Göttingen delayed to Friday.']) {
      await ingest((async function* () { yield { ok: true as const, article: rawArticle('replaced-1', text) }; })(), store, await openCorpus(store, cfg), cfg);
    }
    await store.close();
    const db = new Database(path, { readonly: true });
    registerTextFunction(db);
    const texts = db.prepare('SELECT title, article_text(text) AS text FROM articles').all() as Array<{ title: string | null; text: string }>;
    assert.ok(texts.length >= 30);
    const rnd = prng(7);
    for (let k = 0; k < 120; k++) {
      const words = [...`${texts[Math.floor(rnd() * texts.length)]!.title ?? ''} ${texts[Math.floor(rnd() * texts.length)]!.text}`.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => m[0]);
      const q = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => words[Math.floor(rnd() * words.length)]!).join(' ');
      assertSameRanking(db, q);
    }
    const stored = db.prepare('SELECT seq, counts FROM article_terms ORDER BY seq').all();
    assert.deepEqual(stored.map((r) => (r as { seq: number }).seq), db.prepare('SELECT seq FROM articles ORDER BY seq').pluck().all(), 'one row of counts per article');
    assertSameRanking(db, 'Göttingen tram');
    db.close();

    // A store of schema 16 (no counts yet) gets them on opening, the same as written with the articles.
    const old = new Database(path);
    old.exec('DROP TABLE article_terms; DELETE FROM schema_migrations WHERE version = 17');
    old.close();
    const upgraded = new SqliteStore(path);
    assert.equal(upgraded.schemaVersion(), 17);
    await upgraded.close();
    const again = new Database(path, { readonly: true });
    assert.deepEqual(again.prepare('SELECT seq, counts FROM article_terms ORDER BY seq').all(), stored);
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(`search estimates the article count of a word with more than ${DF_EXACT} matches from its newest ones, and ranks a single word as bm25() does`, () => {
  const db = searchTables();
  const rnd = prng(11);
  // "common" in every other article, evenly; "rare" in a few; "often" repeated in some.
  for (let seq = 1; seq <= 3 * DF_EXACT; seq++) {
    const words = ['filler', 'words', 'here'];
    if (seq % 2 === 0) words.push('common');
    if (seq % 97 === 0) words.push('rare');
    if (rnd() < 0.3) words.push(...Array(1 + Math.floor(rnd() * 5)).fill('common'));
    addArticle(db, seq, null, words.join(' '));
  }
  assertSameRanking(db, 'common');
  // Two words: the idf of "common" is estimated (0.5 of the articles, off by a little), so the
  // scores differ from bm25()'s by far less than a percent and the order stays the same.
  assertSameRanking(db, 'common rare', 0.01);
  db.close();
});

test('search refuses a store whose pooled article lacks its term counts, naming the table', () => {
  const db = searchTables();
  addArticle(db, 1, 'Norway', 'Norway raised rates');
  db.prepare('DELETE FROM article_terms').run();
  assert.throws(() => rankSearch(db, ['norway'], ftsMatch('norway')!, 10), /article 1 has no term counts \(table article_terms\)/);
  db.close();
});
