/**
 * Writing to PostgreSQL, for the store and for the work queue (which writes inside its own
 * transaction): one DELETE and INSERT per article, in batch order, under the placement lock.
 */
import type pg from 'pg';
import { storyTitle } from '../../cluster/story-title.ts';
import { factsOf } from '../../facts/fact.ts';
import type { ArticleId } from '../../article.ts';
import { dormantBlob } from '../dormant-blob.ts';
import { entitiesOf, MentionSums } from '../mention-sums.ts';
import { packedColumns } from '../packed-columns.ts';
import type { Analysed } from '../store.ts';
import { flushMentionSums } from './postgres-mention-writes.ts';
import { searchVector } from './postgres-search.ts';
import { pgText } from './postgres-text.ts';

/** A connection inside an open transaction (or the pool, for single statements). */
export type PostgresTx = Pick<pg.PoolClient, 'query'>;

/** Advisory lock keys: (PARALLAX_LOCKS, n). */
export const PARALLAX_LOCKS = 0x50_52_4c_58;
export const MIGRATE_LOCK = 1;
/** Held by every write: placements are decided and stored one writer at a time, so seq order is commit order. */
export const PLACE_LOCK = 2;

/** Takes the placement lock for the rest of the caller's transaction. */
export async function lockPlacement(tx: PostgresTx): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [PARALLAX_LOCKS, PLACE_LOCK]);
}

export { pgText } from './postgres-text.ts';

const EXACT_FIELDS = ['id', 'title', 'text', 'url', 'published', 'source', 'byline', 'declared_lang'] as const;

function exactJson(values: Record<(typeof EXACT_FIELDS)[number], string | null>): string | null {
  const exact = Object.fromEntries(EXACT_FIELDS.filter((k) => values[k]?.includes('\u0000')).map((k) => [k, values[k]]));
  return Object.keys(exact).length === 0 ? null : JSON.stringify(exact);
}

/** A row as read, with the exact values of fields that held U+0000 put back. */
export function restoreExact<R extends Record<string, unknown>>(r: R): R {
  return typeof r.exact_json === 'string' ? { ...r, ...JSON.parse(r.exact_json) } : r;
}

const INSERT = `INSERT INTO articles (id, content_hash, title, text, url, published, source, byline, declared_lang,
  lang, lang_json, origin_json, paragraphs, messages_json, features, story, topic, placement,
  relation_kind, relation_of, exact_json, search_vector, report_date, facts) VALUES ($1, $2, $3, $4, $5, $6, $7,
  $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22::tsvector, $23, $24) RETURNING seq`;

const MENTIONS = `INSERT INTO entity_mentions (article_seq, entity, type, text, start, "end", role)
  SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])`;

/**
 * Stores a batch inside the caller's transaction, which must hold PLACE_LOCK. The entity counts and
 * facets are summed over the batch and written at its end (postgres-mention-writes.ts), and before the
 * delete of an article stored earlier or earlier in the batch, whose triggers lower them.
 */
export async function writeBatch(tx: PostgresTx, batch: readonly Analysed[]): Promise<void> {
  const sums = new MentionSums();
  const ids = batch.map((a) => pgText(a.record.id));
  const stored = new Set((await tx.query({ name: 'parallax-stored-ids', text: 'SELECT id FROM articles WHERE id = ANY($1::text[])', values: [ids] })).rows.map((r) => r.id as string));
  for (const { record: r, placement: p } of batch) {
    if (stored.has(pgText(r.id))) await flushMentionSums(tx, sums);
    const packed = packedColumns(r, p);
    const exact = exactJson({
      id: r.id, title: r.title, text: r.text, url: r.url, published: r.published, source: r.source, byline: r.byline, declared_lang: r.declaredLang,
    });
    await tx.query({ name: 'parallax-delete-article', text: 'DELETE FROM articles WHERE id = $1', values: [pgText(r.id)] });
    const inserted = await tx.query({
      name: 'parallax-insert-article',
      text: INSERT,
      values: [
        pgText(r.id), r.contentHash, pgText(r.title), pgText(r.text), pgText(r.url), pgText(r.published), pgText(r.source),
        pgText(r.byline), pgText(r.declaredLang), r.lang.code, JSON.stringify(r.lang), JSON.stringify(r.origin),
        packed.paragraphs, JSON.stringify(r.messages), packed.features, p.story, p.topic,
        packed.placement, p.relation?.kind ?? null, p.relation?.of === undefined ? null : pgText(p.relation.of), exact,
        searchVector(r.title, r.text), pgText(r.reportDate), packed.facts,
      ],
    });
    const seq = inserted.rows[0].seq;
    stored.add(pgText(r.id));
    const mentions = factsOf(r.facts, 'entity');
    if (mentions.length > 0) {
      await tx.query({
        name: 'parallax-insert-mentions',
        text: MENTIONS,
        values: [seq, mentions.map((m) => pgText(m.entity)), mentions.map((m) => m.type), mentions.map((m) => pgText(m.text)),
          mentions.map((m) => m.start), mentions.map((m) => m.end), mentions.map((m) => m.role)],
      });
      sums.add(Number(seq), r.lang.code, p.story, entitiesOf(r));
    }
    if (p.via === 'new') {
      await tx.query({
        name: 'parallax-insert-story',
        text: 'INSERT INTO stories (id, topic, founder, title, first_seq) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING',
        values: [p.story, p.topic, pgText(r.id), pgText(storyTitle(r)), seq],
      });
    }
  }
  await flushMentionSums(tx, sums);
}

/** Rewrites the features of articles that left the window to what a dormant article keeps, inside the caller's transaction. */
export async function letGoDormant(tx: PostgresTx, ids: readonly ArticleId[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = (await tx.query('SELECT id, features FROM articles WHERE id = ANY($1::text[])', [ids.map(pgText)])).rows;
  for (const r of rows) {
    const kept = dormantBlob(r.features as Uint8Array);
    if (kept) await tx.query({ name: 'parallax-let-go', text: 'UPDATE articles SET features = $1 WHERE id = $2', values: [kept, r.id] });
  }
}
