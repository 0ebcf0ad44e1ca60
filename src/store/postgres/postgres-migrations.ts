import { packJsonColumns, type JsonColumns } from '../packed-columns.ts';
import { searchVector } from './postgres-search.ts';
import { POSTGRES_ENTITY_STATS_SQL } from './postgres-entity-stats.ts';
import { POSTGRES_MENTION_WRITES_SQL } from './postgres-mention-writes.ts';
import { POSTGRES_STORY_STATS_SQL } from './postgres-story-stats.ts';
import { restoreExact, type PostgresTx } from './postgres-write.ts';

/**
 * Schema versions, oldest first, with the same meaning as the SQLite list (version N here holds what
 * version N holds there), plus what only PostgreSQL has: the work queue that workers share. Never
 * edit a released migration: add a new one.
 *
 * Text that is compared or sorted (ids, dates, language codes) uses the "C" collation, so that order
 * is by code point as in SQLite, whatever locale the database was created with. JSON columns are
 * stored as text: they are read back whole, exactly as written.
 *
 * A migration may end with a step in TypeScript (`fill`), run in the same transaction, for what SQL
 * alone cannot compute.
 */
export interface PostgresMigration {
  version: number;
  sql: string;
  fill?: (tx: PostgresTx) => Promise<void>;
}

/** Fills search_vector for rows stored before version 2, a keyset page at a time. */
async function fillSearchVectors(tx: PostgresTx): Promise<void> {
  let last = 0;
  for (;;) {
    const { rows } = await tx.query('SELECT seq, title, text FROM articles WHERE seq > $1 ORDER BY seq LIMIT 500', [last]);
    for (const r of rows) {
      await tx.query('UPDATE articles SET search_vector = $2::tsvector WHERE seq = $1', [r.seq, searchVector(r.title, r.text)]);
    }
    if (rows.length < 500) return;
    last = Number(rows[rows.length - 1].seq);
  }
}

/** Version 7: every row's JSON analysis columns packed into the new columns, a keyset page at a time; then the old columns go. */
async function packStoredRows(tx: PostgresTx): Promise<void> {
  for (let last = 0; ;) {
    const { rows } = await tx.query(
      'SELECT seq, text, exact_json, features_json, facts_json, placement_json, paragraphs_json FROM articles WHERE seq > $1 ORDER BY seq LIMIT 500',
      [last],
    );
    for (const raw of rows) {
      const p = packJsonColumns(restoreExact(raw) as JsonColumns);
      await tx.query('UPDATE articles SET features = $2, facts = $3, placement = $4, paragraphs = $5 WHERE seq = $1', [raw.seq, p.features, p.facts, p.placement, p.paragraphs]);
    }
    if (rows.length < 500) break;
    last = Number(rows[rows.length - 1].seq);
  }
  await tx.query('ALTER TABLE articles DROP COLUMN features_json, DROP COLUMN facts_json, DROP COLUMN placement_json, DROP COLUMN paragraphs_json');
}

export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE articles (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT COLLATE "C" NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        title TEXT COLLATE "C",
        text TEXT NOT NULL,
        url TEXT COLLATE "C",
        published TEXT COLLATE "C",
        source TEXT COLLATE "C",
        byline TEXT COLLATE "C",
        declared_lang TEXT COLLATE "C",
        lang TEXT COLLATE "C" NOT NULL,
        lang_json TEXT NOT NULL,
        origin_json TEXT NOT NULL,
        paragraphs_json TEXT NOT NULL,
        messages_json TEXT NOT NULL,
        features_json TEXT NOT NULL,
        story TEXT COLLATE "C" NOT NULL,
        topic TEXT COLLATE "C" NOT NULL,
        placement_json TEXT NOT NULL,
        relation_kind TEXT COLLATE "C",
        relation_of TEXT COLLATE "C",
        -- Exact values of the text columns that held U+0000 (see pgText in postgres-write.ts).
        exact_json TEXT
      );
      CREATE INDEX articles_story ON articles(story);
      CREATE INDEX articles_relation_of ON articles(relation_of);
      CREATE TABLE stories (
        id TEXT COLLATE "C" PRIMARY KEY,
        topic TEXT COLLATE "C" NOT NULL,
        founder TEXT COLLATE "C" NOT NULL,
        title TEXT COLLATE "C",
        first_seq BIGINT NOT NULL
      );
      CREATE INDEX stories_topic ON stories(topic);

      -- The work queue: raw articles in, analysed by any worker in parallel ('pending' -> 'analysed'),
      -- then placed and stored strictly in queue order under the placement lock ('done' or 'failed').
      -- A claim names the claiming session (its backend pid and start time): a claim whose session is
      -- gone, or whose lease ran out, is taken up again.
      CREATE TABLE queue (
        qseq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_id TEXT COLLATE "C" NOT NULL,
        content_hash TEXT NOT NULL,
        raw_json TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'analysed', 'done', 'failed')),
        enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        attempts INTEGER NOT NULL DEFAULT 0,
        claim TEXT,
        claim_pid INTEGER,
        claim_backend_start TIMESTAMPTZ,
        claimed_until TIMESTAMPTZ,
        analysis_json TEXT,
        done_at TIMESTAMPTZ,
        outcome TEXT,
        error TEXT,
        UNIQUE (article_id, content_hash)
      );
      CREATE INDEX queue_open ON queue(qseq) WHERE state IN ('pending', 'analysed');
    `,
  },
  {
    // Full text over title and text (see postgres-search.ts), and the indexes the story listing's
    // filters and keyset order need: what SQLite's version 2 holds.
    version: 2,
    sql: `
      ALTER TABLE articles ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector;
      CREATE INDEX articles_search ON articles USING gin (search_vector);
      CREATE INDEX stories_first_seq ON stories(first_seq);
      CREATE INDEX articles_lang_story ON articles(lang, story);
    `,
    fill: fillSearchVectors,
  },
  {
    // What the fact stages found, stored with the article; entity mentions also in their own table so
    // that entities can be listed and stories filtered by entity: what SQLite's version 3 holds.
    // Articles stored before this version get no facts until they are ingested again.
    version: 3,
    sql: `
      ALTER TABLE articles ADD COLUMN report_date TEXT COLLATE "C";
      ALTER TABLE articles ADD COLUMN facts_json TEXT NOT NULL DEFAULT '[]';
      CREATE TABLE entity_mentions (
        article_seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        entity TEXT COLLATE "C" NOT NULL,
        type TEXT COLLATE "C" NOT NULL,
        text TEXT COLLATE "C" NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        role TEXT
      );
      CREATE INDEX entity_mentions_entity ON entity_mentions(entity);
      CREATE INDEX entity_mentions_article ON entity_mentions(article_seq);
    `,
  },
  {
    // A covering index for story summaries (lang, relation and date of every member): SQLite's version 4.
    version: 4,
    sql: `
      CREATE INDEX articles_story_summary ON articles(story, lang, relation_kind, published);
    `,
  },
  {
    // Mention counts per entity, kept in step by a trigger (a replaced article's mentions go by the
    // cascade, which fires it too), so that the entity listing reads its order from an index: SQLite's
    // version 5. Writers hold the placement lock, so the counts never race.
    version: 5,
    sql: `
      CREATE TABLE entity_stats (entity TEXT COLLATE "C" PRIMARY KEY, type TEXT COLLATE "C" NOT NULL, mentions INTEGER NOT NULL);
      INSERT INTO entity_stats (entity, type, mentions) SELECT entity, max(type), count(*) FROM entity_mentions GROUP BY entity;
      CREATE INDEX entity_stats_order ON entity_stats(mentions DESC, entity);
      CREATE INDEX entity_stats_type_order ON entity_stats(type, mentions DESC, entity);
      CREATE FUNCTION entity_mentions_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO entity_stats (entity, type, mentions) VALUES (NEW.entity, NEW.type, 1)
            ON CONFLICT (entity) DO UPDATE SET mentions = entity_stats.mentions + 1;
          RETURN NEW;
        END IF;
        UPDATE entity_stats SET mentions = mentions - 1 WHERE entity = OLD.entity;
        DELETE FROM entity_stats WHERE entity = OLD.entity AND mentions <= 0;
        RETURN OLD;
      END $$;
      CREATE TRIGGER entity_mentions_count AFTER INSERT OR DELETE ON entity_mentions
        FOR EACH ROW EXECUTE FUNCTION entity_mentions_count();
    `,
  },
  {
    // The merge/split pass's record of story changes: SQLite's version 6.
    version: 6,
    sql: `
      CREATE TABLE story_changes (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind TEXT COLLATE "C" NOT NULL,
        from_story TEXT COLLATE "C" NOT NULL,
        into_story TEXT COLLATE "C" NOT NULL,
        from_topic TEXT COLLATE "C",
        into_topic TEXT COLLATE "C" NOT NULL,
        articles_json TEXT NOT NULL,
        created INTEGER NOT NULL,
        score DOUBLE PRECISION NOT NULL,
        after_seq BIGINT NOT NULL
      );
      CREATE INDEX story_changes_from ON story_changes(from_story);
      CREATE INDEX story_changes_into ON story_changes(into_story);
    `,
  },
  {
    // The packed analysis columns: SQLite's version 7 (see there and packed-columns.ts).
    version: 7,
    sql: `
      ALTER TABLE articles ADD COLUMN features BYTEA NOT NULL DEFAULT ''::bytea,
        ADD COLUMN facts BYTEA NOT NULL DEFAULT ''::bytea,
        ADD COLUMN placement BYTEA NOT NULL DEFAULT ''::bytea,
        ADD COLUMN paragraphs BYTEA NOT NULL DEFAULT ''::bytea;
    `,
    fill: packStoredRows,
  },
  {
    // Story counts and facets kept by triggers, and the store's version counter: SQLite's version 8.
    version: 8,
    sql: POSTGRES_STORY_STATS_SQL,
  },
  {
    // The entity listing's counts, names and languages kept by triggers: SQLite's version 9.
    version: 9,
    sql: POSTGRES_ENTITY_STATS_SQL,
  },
  {
    // Facts and placements are now deflated against preset dictionaries (facts-codec.ts, placement-codec.ts),
    // which an older Parallax cannot inflate: the version tells it to refuse the store with its message.
    version: 10,
    sql: 'SELECT 1',
  },
  {
    // The topic a story is reported under when regrouping set one: SQLite's version 16.
    version: 11,
    sql: `
      ALTER TABLE stories ADD COLUMN reported_topic TEXT COLLATE "C";
      CREATE INDEX stories_reported_topic ON stories((coalesce(reported_topic, topic)));
    `,
  },
  {
    // Mention counts summed over a write's batch by the writer, not by three triggers per inserted mention.
    version: 12,
    sql: POSTGRES_MENTION_WRITES_SQL,
  },
];
