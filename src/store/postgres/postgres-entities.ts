/**
 * Entity queries on PostgreSQL: the listing and one entity's detail, with the same results and
 * order as SQLite's (sqlite-entities.ts). Written text compares in the "C" collation there as here,
 * so `lower` folds ASCII letters only, as SQLite's does.
 */
import { articleId, storyId } from '../../article.ts';
import type { EntityId } from '../../entities/entity.ts';
import { factsOf } from '../../facts/fact.ts';
import { encodeEntityCursor, entityCursorPosition } from '../entity-cursor.ts';
import { decodeFacts } from '../facts-codec.ts';
import { entitySummaryFromRow, type Row } from '../store-rows.ts';
import { checkLimit, type EntityDetail, type EntityPage, type EntityQuery, type EntitySummary } from '../store.ts';
import { pgText, restoreExact } from './postgres-write.ts';

type Query = (text: string, values?: unknown[]) => Promise<Row[]>;

const likePattern = (q: string) => `%${pgText(q).toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Summaries for a page of (id, type, mentions) rows: names, and article/story/language counts, from the summary tables (schema 9). */
async function summaries(query: Query, rows: Row[]): Promise<EntitySummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const names = new Map<string, Array<{ text: string; n: number }>>();
  for (const r of await query('SELECT entity, text, n FROM entity_names WHERE entity = ANY($1::text[]) ORDER BY entity, text', [ids])) {
    const list = names.get(r.entity as string) ?? [];
    list.push({ text: r.text as string, n: Number(r.n) });
    names.set(r.entity as string, list);
  }
  const spread = new Map<string, Row>();
  for (const r of await query(`SELECT s.entity AS id, s.articles, s.stories,
      (SELECT string_agg(lang, ',') FROM entity_langs l WHERE l.entity = s.entity) AS languages
      FROM entity_stats s WHERE s.entity = ANY($1::text[])`, [ids])) spread.set(r.id as string, r);
  return rows.map((r) => entitySummaryFromRow({ ...spread.get(r.id as string), ...r }, names.get(r.id as string) ?? []));
}

export async function listEntities(query: Query, q: EntityQuery): Promise<EntityPage> {
  checkLimit(q.limit);
  const cursor = entityCursorPosition(q.after);
  const where: string[] = [];
  const values: unknown[] = [];
  const param = (v: unknown) => `$${values.push(v)}`;
  if (q.type !== undefined) where.push(`type = ${param(pgText(q.type))}`);
  if (q.q !== undefined && q.q.trim() !== '') {
    where.push(`entity IN (SELECT entity FROM entity_names WHERE lower(text) LIKE ${param(likePattern(q.q.trim()))} ESCAPE '\\')`);
  }
  if (cursor) where.push(`(mentions < ${param(cursor.mentions)} OR (mentions = ${param(cursor.mentions)} AND entity > ${param(pgText(cursor.id))}))`);
  const text = `SELECT entity AS id, type, mentions FROM entity_stats ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY mentions DESC, entity LIMIT ${param(q.limit + 1)}`;
  const rows = await query(text, values);
  const items = await summaries(query, rows.slice(0, q.limit));
  const last = items[items.length - 1];
  return { items, next: rows.length > q.limit && last ? encodeEntityCursor({ mentions: last.mentions, id: last.id }) : null };
}

export async function entityDetail(query: Query, id: EntityId): Promise<EntityDetail | null> {
  const row = (await query('SELECT entity AS id, type, mentions FROM entity_stats WHERE entity = $1', [pgText(id)]))[0];
  if (!row) return null;
  const [summary] = await summaries(query, [row]);
  const inStories = (await query(`SELECT a.story AS story, s.title AS title, count(*) AS n FROM entity_mentions m
    JOIN articles a ON a.seq = m.article_seq JOIN stories s ON s.id = a.story WHERE m.entity = $1
    GROUP BY a.story, s.title ORDER BY n DESC, min(a.seq)`, [pgText(id)]))
    .map((r) => ({ story: storyId(r.story as string), title: (r.title as string | null) ?? null, mentions: Number(r.n) }));
  const quotes: EntityDetail['quotes'] = [];
  const articles = await query(`SELECT id, story, lang, text, facts, exact_json FROM articles WHERE seq IN
    (SELECT DISTINCT article_seq FROM entity_mentions WHERE entity = $1) ORDER BY seq`, [pgText(id)]);
  for (const raw of articles) {
    const a = restoreExact(raw);
    const text = a.text as string;
    for (const q of factsOf(decodeFacts(a.facts as Buffer, text), 'quote')) {
      if (q.speaker !== id) continue;
      quotes.push({ article: articleId(a.id as string), story: storyId(a.story as string), lang: a.lang as string, quote: q, text: text.slice(q.start, q.end) });
    }
  }
  return { ...summary!, inStories, quotes };
}
