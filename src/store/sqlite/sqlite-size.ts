/**
 * What a SQLite store spends its bytes on: pages by table and index (the dbstat table), the stored
 * length of each column of `articles`, and the bytes per article beyond the article's own text.
 * Read by bench/store-size.ts and by the test that bounds the store's size.
 */
import type Database from 'better-sqlite3';
import { registerTextFunction } from './sqlite-stored-text.ts';

export interface StoreSize {
  articles: number;
  /** Pages in use (the file without its free pages). */
  fileBytes: number;
  /** The articles' titles and texts as UTF-8: what any store of them must hold. */
  textBytes: number;
  beyondTextPerArticle: number;
  /** Bytes of pages per table or index. */
  objects: Record<string, number>;
  /** Bytes of content per table or index, whatever the pages around it: what a store holds, page size aside. */
  payloads: Record<string, number>;
  /** Stored length of each column of `articles` (text as UTF-8, blobs as bytes; `text` as stored, mostly deflated), and of the features in their own tables. */
  columns: Record<string, number>;
}

export function storeSize(db: Database.Database): StoreSize {
  const articles = Number(db.prepare('SELECT count(*) FROM articles').pluck().get());
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  const pages = Number(db.pragma('page_count', { simple: true })) - Number(db.pragma('freelist_count', { simple: true }));
  const objects: Record<string, number> = {};
  const payloads: Record<string, number> = {};
  for (const r of db.prepare('SELECT name, sum(pgsize) AS bytes, sum(payload) AS payload FROM dbstat GROUP BY name').all() as Array<{ name: string; bytes: number; payload: number }>) {
    objects[r.name] = Number(r.bytes);
    payloads[r.name] = Number(r.payload);
  }
  const names = (db.prepare('SELECT name FROM pragma_table_info(\'articles\')').pluck().all() as string[]);
  const sums = names.map((n) => `coalesce(sum(length(CAST("${n}" AS BLOB))), 0) AS "${n}"`).join(', ');
  const columns = db.prepare(`SELECT ${sums} FROM articles`).get() as Record<string, number>;
  // Since schema 15 the features are in tables of their own (sqlite-feature-tables.ts).
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  if (tables.has('warm_features')) {
    columns.features = ['warm_features', 'dormant_features']
      .reduce((n, t) => n + Number(db.prepare(`SELECT coalesce(sum(length(features)), 0) FROM ${t}`).pluck().get()), 0);
  }
  // The text as given, not as stored: since schema 13 the column holds most texts deflated.
  registerTextFunction(db);
  const given = Number(db.prepare('SELECT coalesce(sum(length(CAST(article_text(text) AS BLOB))), 0) FROM articles').pluck().get());
  const textBytes = given + Number(columns.title ?? 0);
  const fileBytes = pages * pageSize;
  return { articles, fileBytes, textBytes, beyondTextPerArticle: articles === 0 ? 0 : (fileBytes - textBytes) / articles, objects, payloads, columns };
}
