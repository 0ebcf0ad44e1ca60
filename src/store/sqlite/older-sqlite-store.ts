/**
 * For migration tests: a SQLite file as an older Parallax left it — the schema up to `version`, and
 * the rows of a current store in the columns that version had (the analysis as JSON text before
 * version 7, packed from it since), and its mentions one row each before version 12, counted by the
 * version's triggers. Opening it with SqliteStore must upgrade it to what the current store holds.
 * From version 10 on the store's writer counts the mentions, not a trigger: those are written by the store.
 */
import Database from 'better-sqlite3';
import { factsOf } from '../../facts/fact.ts';
import { encodeFeatures } from '../features-codec.ts';
import { packJsonColumns, type JsonColumns } from '../packed-columns.ts';
import { collect, type Store } from '../store.ts';
import { storyChangeColumns } from '../story-change-rows.ts';
import { sqliteMigrations } from './sqlite-migrations.ts';

export async function writeOlderSqliteStore(path: string, from: Store, version: number): Promise<void> {
  if (version >= 10) throw new Error(`older-sqlite-store: version ${version} counts mentions in the store's writer; write version 9 or earlier`);
  for await (const c of from.storyChanges()) {
    if (c.kind === 'regroup') throw new Error(`older-sqlite-store: the source store reports stories under regrouped topics, which version ${version} cannot hold; make it without regrouping (Corpus tuning regroupThreshold 0)`);
  }
  const db = new Database(path);
  try {
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const m of sqliteMigrations.filter((x) => x.version <= version)) {
      db.exec(m.sql);
      // On the tables still empty: a fill step only changes the schema (version 7 drops the JSON columns).
      m.fill?.(db);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(m.version, new Date().toISOString());
    }
    const columns = new Set(db.prepare("SELECT name FROM pragma_table_info('articles')").pluck().all() as string[]);
    const features = new Map((await collect(from.loadState())).map((s) => [s.id as string, s.features]));
    const rows = await collect(from.articles());
    for (const row of rows) {
      const a = (await from.article(row.id))!;
      const all: Record<string, unknown> = {
        seq: a.seq, id: a.id, content_hash: await from.contentHash(a.id), title: a.title, text: a.text, url: a.url, published: a.published,
        source: a.source, byline: a.byline, declared_lang: a.declaredLang ?? null, lang: a.lang.code, lang_json: JSON.stringify(a.lang),
        origin_json: JSON.stringify(a.origin), paragraphs_json: JSON.stringify(a.paragraphs), messages_json: JSON.stringify(a.messages),
        features_json: encodeFeatures(features.get(a.id)!), story: a.story, topic: a.topic, placement_json: JSON.stringify(a.placement),
        relation_kind: a.relation?.kind ?? null, relation_of: a.relation?.of ?? null, report_date: a.reportDate, facts_json: JSON.stringify(a.facts),
      };
      if (columns.has('features')) Object.assign(all, packJsonColumns(all as unknown as JsonColumns));
      const keys = Object.keys(all).filter((k) => columns.has(k));
      db.prepare(`INSERT INTO articles (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`).run(Object.fromEntries(keys.map((k) => [k, all[k]])));
      if (version >= 3) {
        const insert = db.prepare('INSERT INTO entity_mentions (article_seq, entity, type, text, start, "end", role) VALUES (?, ?, ?, ?, ?, ?, ?)');
        for (const m of factsOf(a.facts, 'entity')) insert.run(a.seq, m.entity, m.type, m.text, m.start, m.end, m.role);
      }
    }
    const founders = new Map(rows.map((r) => [r.seq, r.id]));
    for (const s of await from.stories()) {
      db.prepare('INSERT INTO stories (id, topic, founder, title, first_seq) VALUES (?, ?, ?, ?, ?)').run(s.id, s.topic, founders.get(s.firstSeq) ?? '', s.title, s.firstSeq);
    }
    if (version >= 6) {
      for await (const c of from.storyChanges()) {
        db.prepare(`INSERT INTO story_changes (seq, kind, from_story, into_story, from_topic, into_topic, articles_json, created, score, after_seq)
          VALUES (@seq, @kind, @from_story, @into_story, @from_topic, @into_topic, @articles_json, @created, @score, @after)`).run({ seq: c.seq, after: c.after, ...storyChangeColumns(c) });
      }
    }
  } finally {
    db.close();
  }
}
