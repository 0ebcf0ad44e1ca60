/**
 * Schema version 17 on SQLite: each article's term counts in a table of their own (issue 7, search
 * latency; term-counts.ts says what they hold and sqlite-search.ts how search ranks with them).
 *
 * A table apart from `articles`: search reads the counts of 250 pooled articles, and a small row of its
 * own is one short lookup, where a column of `articles` would sit behind the row's text and facts.
 * Written with the article in the same transaction; gone with it by the foreign key.
 */
import type Database from 'better-sqlite3';
import { unpackText } from '../packed-text.ts';
import { forEachArticle } from './article-pages.ts';
import { termCounts } from './term-counts.ts';

export const TERM_COUNTS_SQL = `
  CREATE TABLE article_terms (
    seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
    counts BLOB NOT NULL
  );
`;

export const INSERT_TERM_COUNTS_SQL = 'INSERT INTO article_terms (seq, counts) VALUES (?, ?)';

/** Counts the terms of every article stored before this version. */
export function fillTermCounts(db: Database.Database): void {
  const insert = db.prepare(INSERT_TERM_COUNTS_SQL);
  forEachArticle<{ seq: number; title: string | null; text: unknown }>(db, 'title, text', (r) => {
    insert.run(r.seq, termCounts(r.title, unpackText(r.text)));
  });
}
