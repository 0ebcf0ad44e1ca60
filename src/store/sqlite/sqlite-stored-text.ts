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
import { TOKENIZE } from './sqlite-search-index.ts';

/** Registers `article_text` on a connection: needed before anything reads or writes the full-text index. */
export function registerTextFunction(db: Database.Database): void {
  db.function('article_text', { deterministic: true }, (stored: unknown) => unpackText(stored));
}

/** The index follows the articles table, reading and indexing the text as given. */
export const STORED_TEXT_TRIGGERS_SQL = `
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, article_text(new.text));
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, article_text(old.text));
  END;
  CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, article_text(old.text));
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, article_text(new.text));
  END;
`;

/** The index and its triggers go first, so that deflating the rows updates no index. */
export const STORED_TEXT_SQL = `
  DROP TRIGGER articles_fts_insert;
  DROP TRIGGER articles_fts_delete;
  DROP TRIGGER articles_fts_update;
  DROP TABLE articles_fts;
`;

/** Deflates every row's text, a keyset page at a time, then indexes the text again through the view. */
export function deflateStoredTexts(db: Database.Database): void {
  const page = db.prepare('SELECT seq, text FROM articles WHERE seq > ? ORDER BY seq LIMIT 500');
  const update = db.prepare('UPDATE articles SET text = ? WHERE seq = ?');
  for (let last = 0; ;) {
    const rows = page.all(last) as Array<{ seq: number; text: unknown }>;
    for (const r of rows) {
      const packed = packText(unpackText(r.text));
      if (typeof packed !== 'string') update.run(packed, r.seq);
    }
    if (rows.length < 500) break;
    last = rows[rows.length - 1]!.seq;
  }
  db.exec(`
    CREATE VIEW articles_plain AS SELECT seq, title, article_text(text) AS text FROM articles;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
      title, text, content='articles_plain', content_rowid='seq', tokenize="${TOKENIZE}", detail=none
    );
    ${STORED_TEXT_TRIGGERS_SQL}
    INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
  `);
}
