/**
 * For migration tests: a PostgreSQL database as an older Parallax left it — the schema up to
 * `version`, and the rows of a current store in the columns that version had (the analysis as JSON
 * text before version 7). Opening it with PostgresStore must upgrade it to what the current store holds.
 */
import pg from 'pg';
import { factsOf } from '../../facts/fact.ts';
import { encodeFeatures } from '../features-codec.ts';
import { collect, type Store } from '../store.ts';
import { storyChangeColumns } from '../story-change-rows.ts';
import { postgresMigrations } from './postgres-migrations.ts';
import { searchVector } from './postgres-search.ts';

export async function writeOlderPostgresStore(url: string, from: Store, version: number): Promise<void> {
  for await (const c of from.storyChanges()) {
    if (c.kind === 'regroup') throw new Error(`older-postgres-store: the source store reports stories under regrouped topics, which version ${version} cannot hold; make it without regrouping (Corpus tuning regroupThreshold 0)`);
  }
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const m of postgresMigrations.filter((x) => x.version <= version)) {
      await db.query(m.sql);
      await m.fill?.(db);
      await db.query('INSERT INTO schema_migrations VALUES ($1, $2)', [m.version, new Date().toISOString()]);
    }
    const columns = new Set((await db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'")).rows.map((r) => r.column_name as string));
    const features = new Map((await collect(from.loadState())).map((s) => [s.id as string, s.features]));
    const rows = await collect(from.articles());
    const seqs = new Map<number, number>();
    for (const row of rows) {
      const a = (await from.article(row.id))!;
      const all: Record<string, unknown> = {
        id: a.id, content_hash: await from.contentHash(a.id), title: a.title, text: a.text, url: a.url, published: a.published,
        source: a.source, byline: a.byline, declared_lang: a.declaredLang ?? null, lang: a.lang.code, lang_json: JSON.stringify(a.lang),
        origin_json: JSON.stringify(a.origin), paragraphs_json: JSON.stringify(a.paragraphs), messages_json: JSON.stringify(a.messages),
        features_json: encodeFeatures(features.get(a.id)!), story: a.story, topic: a.topic, placement_json: JSON.stringify(a.placement),
        relation_kind: a.relation?.kind ?? null, relation_of: a.relation?.of ?? null, report_date: a.reportDate, facts_json: JSON.stringify(a.facts),
        search_vector: searchVector(a.title, a.text),
      };
      const keys = Object.keys(all).filter((k) => columns.has(k));
      const inserted = await db.query(`INSERT INTO articles (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING seq`, keys.map((k) => all[k]));
      const seq = Number(inserted.rows[0].seq);
      seqs.set(a.seq, seq);
      if (version >= 3) {
        for (const m of factsOf(a.facts, 'entity')) {
          await db.query('INSERT INTO entity_mentions (article_seq, entity, type, text, start, "end", role) VALUES ($1, $2, $3, $4, $5, $6, $7)', [seq, m.entity, m.type, m.text, m.start, m.end, m.role]);
        }
      }
    }
    const founders = new Map(rows.map((r) => [r.seq, r.id]));
    for (const s of await from.stories()) {
      await db.query('INSERT INTO stories (id, topic, founder, title, first_seq) VALUES ($1, $2, $3, $4, $5)', [s.id, s.topic, founders.get(s.firstSeq) ?? '', s.title, seqs.get(s.firstSeq) ?? s.firstSeq]);
    }
    if (version >= 6) {
      for await (const c of from.storyChanges()) {
        const k = storyChangeColumns(c);
        await db.query(`INSERT INTO story_changes (kind, from_story, into_story, from_topic, into_topic, articles_json, created, score, after_seq)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [k.kind, k.from_story, k.into_story, k.from_topic, k.into_topic, k.articles_json, k.created, k.score, seqs.get(c.after) ?? c.after]);
      }
    }
  } finally {
    await db.end();
  }
}
