/**
 * Schema version 13 on SQLite: an article's text deflated (issue 7, store size).
 *
 * The text was 2.8 KB of a scaled article's 9.4 and written as given; deflated each alone it is 1.3 KB,
 * and the rows that no longer spill into overflow pages waste less of their leaf pages. PostgreSQL
 * compresses large text values itself (TOAST), so its store keeps the text as written.
 *
 * The column says what it holds: TEXT is the text as given (a text too short to gain, and every row of an
 * older store), BLOB is the deflated UTF-8. `article_text(x)` gives the text back in SQL; every connection
 * of the store registers it, since the full-text index reads the text through the view `articles_plain`
 * (for bm25 and snippets) and its triggers index and un-index the text as given.
 */
import type Database from 'better-sqlite3';
import { packText, unpackText } from '../packed-text.ts';
import { forEachArticle } from './article-pages.ts';
import { DROP_SEARCH_INDEX_SQL, searchTriggersSql, TOKENIZE } from './sqlite-search-index.ts';

/** Registers `article_text` on a connection: needed before anything reads or writes the full-text index. */
export function registerTextFunction(db: Database.Database): void {
  db.function('article_text', { deterministic: true }, (stored: unknown) => unpackText(stored));
}

/** The index follows the articles table, reading and indexing the text as given. */
export const STORED_TEXT_TRIGGERS_SQL = searchTriggersSql((row) => `article_text(${row}.text)`);

/** The index and its triggers go first, so that deflating the rows updates no index. */
export const STORED_TEXT_SQL = DROP_SEARCH_INDEX_SQL;

/** Deflates every row's text, then indexes the text again through the view. */
export function deflateStoredTexts(db: Database.Database): void {
  const update = db.prepare('UPDATE articles SET text = ? WHERE seq = ?');
  forEachArticle<{ seq: number; text: unknown }>(db, 'text', (r) => {
    const packed = packText(unpackText(r.text));
    if (typeof packed !== 'string') update.run(packed, r.seq);
  });
  db.exec(`
    CREATE VIEW articles_plain AS SELECT seq, title, article_text(text) AS text FROM articles;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
      title, text, content='articles_plain', content_rowid='seq', tokenize="${TOKENIZE}", detail=none
    );
    ${STORED_TEXT_TRIGGERS_SQL}
    INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
  `);
}
