/**
 * Schema version 15 on SQLite: an article's features in a table of their own, one for warm articles and
 * one for dormant ones (issue 7, store size).
 *
 * When an article leaves the corpus window its features shrink to what a dormant article keeps
 * (dormant-features.ts): 2.8 KB to 1.0 KB of a scaled article. Rewritten in place in the `articles` row,
 * the row shrank inside its page and left a hole that no later row fills, since rows are appended in
 * `seq` order: 0.4 KB an article at 30,000 scaled articles. Now a dormant article's features move from
 * `warm_features` to `dormant_features`. Articles go dormant about in the order they came, so the warm
 * table empties whole pages from its start, which the free list gives to new rows, and the dormant table
 * is appended to in order: neither keeps holes. The `articles` row is no longer rewritten at all.
 *
 * Reopening a store reads each article's features from whichever table holds them. An article stored
 * before this version keeps its features in `warm_features` as they were, trimmed or not.
 */
import type Database from 'better-sqlite3';
import type { ArticleId } from '../../article.ts';
import { dormantBlob } from '../dormant-blob.ts';

export const FEATURE_TABLES_SQL = `
  CREATE TABLE warm_features (
    seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
    features BLOB NOT NULL
  );
  CREATE TABLE dormant_features (
    seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
    features BLOB NOT NULL
  );
  INSERT INTO warm_features (seq, features) SELECT seq, features FROM articles ORDER BY seq;
  ALTER TABLE articles DROP COLUMN features;
`;

/** What reopening a corpus reads of every article, in the order they were stored. */
export const STORED_STATE_SQL = `
  SELECT a.seq, a.id, a.lang, coalesce(w.features, d.features) AS features, a.story, a.topic, (SELECT reported_topic FROM stories WHERE stories.id = a.story) AS reported_topic, a.published, a.report_date, a.relation_of
  FROM articles a LEFT JOIN warm_features w ON w.seq = a.seq LEFT JOIN dormant_features d ON d.seq = a.seq
  ORDER BY a.seq`;

export const INSERT_FEATURES_SQL = 'INSERT INTO warm_features (seq, features) VALUES (?, ?)';

/** Moves the features of articles that left the window to the dormant table, trimmed (inside the write's transaction). */
export function letGoSqlite(db: Database.Database, ids: readonly ArticleId[]): void {
  const read = db.prepare('SELECT w.seq, w.features FROM warm_features w WHERE w.seq = (SELECT seq FROM articles WHERE id = ?)');
  const put = db.prepare('INSERT INTO dormant_features (seq, features) VALUES (?, ?)');
  const drop = db.prepare('DELETE FROM warm_features WHERE seq = ?');
  for (const id of ids) {
    const row = read.get(id) as { seq: number; features: Uint8Array } | undefined;
    const kept = row === undefined ? null : dormantBlob(row.features);
    if (!row || !kept) continue;
    put.run(row.seq, kept);
    drop.run(row.seq);
  }
}
