/**
 * Entity queries on SQLite: the listing and one entity's detail (a write's mention rows: sqlite-mention-writes.ts).
 * Kept apart from sqlite-store.ts so that the store file stays about articles and stories.
 */
import type Database from 'better-sqlite3';
import { articleId, storyId } from '../../article.ts';
import type { EntityId } from '../../entities/entity.ts';
import { factsOf } from '../../facts/fact.ts';
import { decodeFacts } from '../facts-codec.ts';
import { unpackText } from '../packed-text.ts';
import { encodeEntityCursor, entityCursorPosition } from '../entity-cursor.ts';
import { entitySummaryFromRow } from '../store-rows.ts';
import { checkLimit, type EntityDetail, type EntityPage, type EntityQuery, type EntitySummary } from '../store.ts';

type Row = Record<string, unknown>;

const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Summaries for a page of (id, type, mentions) rows: names, and article/story/language counts, from the summary tables (schema 9). */
function summaries(db: Database.Database, rows: Row[]): EntitySummary[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id as string));
  const names = new Map<string, Array<{ text: string; n: number }>>();
  for (const r of db.prepare('SELECT entity, text, n FROM entity_names WHERE entity IN (SELECT value FROM json_each(?))').all(ids) as Row[]) {
    const list = names.get(r.entity as string) ?? [];
    list.push({ text: r.text as string, n: Number(r.n) });
    names.set(r.entity as string, list);
  }
  const spread = new Map<string, Row>();
  for (const r of db.prepare(`SELECT s.entity AS id, s.articles, s.stories,
      (SELECT group_concat(lang) FROM entity_langs l WHERE l.entity = s.entity) AS languages
      FROM entity_stats s WHERE s.entity IN (SELECT value FROM json_each(?))`).all(ids) as Row[]) spread.set(r.id as string, r);
  return rows.map((r) => entitySummaryFromRow({ ...spread.get(r.id as string), ...r }, names.get(r.id as string) ?? []));
}

export function listEntities(db: Database.Database, query: EntityQuery): EntityPage {
  checkLimit(query.limit);
  const cursor = entityCursorPosition(query.after);
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.type !== undefined) { where.push('type = ?'); params.push(query.type); }
  if (query.q !== undefined && query.q.trim() !== '') {
    where.push("entity IN (SELECT entity FROM entity_names WHERE lower(text) LIKE ? ESCAPE '\\')");
    params.push(likePattern(query.q.trim()));
  }
  if (cursor) { where.push('(mentions < ? OR (mentions = ? AND entity > ?))'); params.push(cursor.mentions, cursor.mentions, cursor.id); }
  const sql = `SELECT entity AS id, type, mentions FROM entity_stats ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY mentions DESC, entity LIMIT ?`;
  const rows = db.prepare(sql).all(...params, query.limit + 1) as Row[];
  const items = summaries(db, rows.slice(0, query.limit));
  const last = items[items.length - 1];
  return { items, next: rows.length > query.limit && last ? encodeEntityCursor({ mentions: last.mentions, id: last.id }) : null };
}

export function entityDetail(db: Database.Database, id: EntityId): EntityDetail | null {
  const row = db.prepare('SELECT entity AS id, type, mentions FROM entity_stats WHERE entity = ?').get(id) as Row | undefined;
  if (!row) return null;
  const [summary] = summaries(db, [row]);
  const inStories = (db.prepare(`SELECT a.story AS story, s.title AS title, sum(m.n) AS n FROM article_entities m
    JOIN articles a ON a.seq = m.article_seq JOIN stories s ON s.id = a.story WHERE m.entity_key = (SELECT key FROM entity_keys WHERE entity = ?)
    GROUP BY a.story ORDER BY n DESC, min(a.seq)`).all(id) as Row[])
    .map((r) => ({ story: storyId(r.story as string), title: (r.title as string | null) ?? null, mentions: Number(r.n) }));
  const quotes: EntityDetail['quotes'] = [];
  const articles = db.prepare(`SELECT id, story, lang, text, facts FROM articles WHERE seq IN
    (SELECT article_seq FROM article_entities WHERE entity_key = (SELECT key FROM entity_keys WHERE entity = ?)) ORDER BY seq`).all(id) as Row[];
  for (const a of articles) {
    const text = unpackText(a.text);
    for (const q of factsOf(decodeFacts(a.facts as Buffer, text), 'quote')) {
      if (q.speaker !== id) continue;
      quotes.push({ article: articleId(a.id as string), story: storyId(a.story as string), lang: a.lang as string, quote: q, text: text.slice(q.start, q.end) });
    }
  }
  return { ...summary!, inStories, quotes };
}
