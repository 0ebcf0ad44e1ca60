import type Database from 'better-sqlite3';
import { packJsonColumns, type JsonColumns } from '../packed-columns.ts';
import { forEachArticle } from './article-pages.ts';
import { ARTICLE_ENTITIES_SQL } from './sqlite-article-entities.ts';
import { ENTITY_KEYS_SQL } from './sqlite-entity-keys.ts';
import { ENTITY_STATS_SQL } from './sqlite-entity-stats.ts';
import { FEATURE_TABLES_SQL } from './sqlite-feature-tables.ts';
import { MENTION_WRITES_SQL } from './sqlite-mention-writes.ts';
import { SEARCH_INDEX_SQL, SEARCH_TRIGGERS_SQL } from './sqlite-search-index.ts';
import { deflateStoredTexts, STORED_TEXT_SQL } from './sqlite-stored-text.ts';
import { STORY_STATS_SQL } from './sqlite-story-stats.ts';
import { fillTermCounts, TERM_COUNTS_SQL } from './sqlite-term-counts.ts';

/**
 * Schema versions, oldest first. A store records the versions it has applied; opening a store applies
 * the missing ones in one transaction each. Never edit a released migration: add a new one. A
 * migration may end with a step in TypeScript (`fill`), in the same transaction, for what SQL cannot do.
 */
export interface SqliteMigration {
  version: number;
  sql: string;
  fill?: (db: Database.Database) => void;
}

/** Version 7: every row's JSON analysis columns packed into the new columns, a keyset page at a time; then the old columns go. */
function packStoredRows(db: Database.Database): void {
  const update = db.prepare('UPDATE articles SET features = @features, facts = @facts, placement = @placement, paragraphs = @paragraphs WHERE seq = @seq');
  forEachArticle<JsonColumns & { seq: number }>(db, 'text, features_json, facts_json, placement_json, paragraphs_json', (r) => update.run({ seq: r.seq, ...packJsonColumns(r) }));
  for (const c of ['features_json', 'facts_json', 'placement_json', 'paragraphs_json']) db.exec(`ALTER TABLE articles DROP COLUMN ${c}`);
}

export const sqliteMigrations: readonly SqliteMigration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        title TEXT,
        text TEXT NOT NULL,
        url TEXT,
        published TEXT,
        source TEXT,
        byline TEXT,
        declared_lang TEXT,
        lang TEXT NOT NULL,
        lang_json TEXT NOT NULL,
        origin_json TEXT NOT NULL,
        paragraphs_json TEXT NOT NULL,
        messages_json TEXT NOT NULL,
        features_json TEXT NOT NULL,
        story TEXT NOT NULL,
        topic TEXT NOT NULL,
        placement_json TEXT NOT NULL,
        relation_kind TEXT,
        relation_of TEXT
      );
      CREATE INDEX articles_story ON articles(story);
      CREATE INDEX articles_relation_of ON articles(relation_of);
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        topic TEXT NOT NULL,
        founder TEXT NOT NULL,
        title TEXT,
        first_seq INTEGER NOT NULL
      );
      CREATE INDEX stories_topic ON stories(topic);
    `,
  },
  {
    // Full text over title and text, kept in step with the articles table by triggers (a replaced
    // article is a delete and an insert), filled from what is already stored; and the indexes the
    // story listing's filters and keyset order need.
    version: 2,
    sql: `
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq', tokenize="unicode61 remove_diacritics 2"
      );
      ${SEARCH_TRIGGERS_SQL}
      INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
      CREATE INDEX stories_first_seq ON stories(first_seq);
      CREATE INDEX articles_lang_story ON articles(lang, story);
    `,
  },
  {
    // What the fact stages found, stored with the article; entity mentions also in their own table so
    // that entities can be listed and stories filtered by entity. Articles stored before this version
    // get no facts until they are ingested again.
    version: 3,
    sql: `
      ALTER TABLE articles ADD COLUMN report_date TEXT;
      ALTER TABLE articles ADD COLUMN facts_json TEXT NOT NULL DEFAULT '[]';
      CREATE TABLE entity_mentions (
        article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        entity TEXT NOT NULL,
        type TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        role TEXT
      );
      CREATE INDEX entity_mentions_entity ON entity_mentions(entity);
      CREATE INDEX entity_mentions_article ON entity_mentions(article_seq);
    `,
  },
  {
    // Story summaries aggregate lang, relation and date over every member. Those columns sit after the
    // large text and JSON columns of a row, so reading them from the table walks its overflow pages;
    // a covering index answers from the index alone (NTREX dev: a page of 20 large stories 73 ms -> 5 ms).
    version: 4,
    sql: `
      CREATE INDEX articles_story_summary ON articles(story, lang, relation_kind, published);
    `,
  },
  {
    // Mention counts per entity, kept in step by triggers (a replaced article's mentions go by the
    // cascade), so that the entity listing reads its order from an index instead of counting every
    // mention for every page.
    version: 5,
    sql: `
      CREATE TABLE entity_stats (entity TEXT PRIMARY KEY, type TEXT NOT NULL, mentions INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO entity_stats (entity, type, mentions) SELECT entity, max(type), count(*) FROM entity_mentions GROUP BY entity;
      CREATE INDEX entity_stats_order ON entity_stats(mentions DESC, entity);
      CREATE INDEX entity_stats_type_order ON entity_stats(type, mentions DESC, entity);
      CREATE TRIGGER entity_mentions_count_insert AFTER INSERT ON entity_mentions BEGIN
        INSERT INTO entity_stats (entity, type, mentions) VALUES (new.entity, new.type, 1)
          ON CONFLICT (entity) DO UPDATE SET mentions = mentions + 1;
      END;
      CREATE TRIGGER entity_mentions_count_delete AFTER DELETE ON entity_mentions BEGIN
        UPDATE entity_stats SET mentions = mentions - 1 WHERE entity = old.entity;
        DELETE FROM entity_stats WHERE entity = old.entity AND mentions <= 0;
      END;
    `,
  },
  {
    // What the merge/split pass of the clustering changed, in order: merges (the older id kept), moves
    // of articles between stories (a split founds a new story), and stories moving to another topic.
    version: 6,
    sql: `
      CREATE TABLE story_changes (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        from_story TEXT NOT NULL,
        into_story TEXT NOT NULL,
        from_topic TEXT,
        into_topic TEXT NOT NULL,
        articles_json TEXT NOT NULL,
        created INTEGER NOT NULL,
        score REAL NOT NULL,
        after_seq INTEGER NOT NULL
      );
      CREATE INDEX story_changes_from ON story_changes(from_story);
      CREATE INDEX story_changes_into ON story_changes(into_story);
    `,
  },
  {
    // Store size (issue 7): the analysis columns were JSON text, 11 KB of the 15 KB an NTREX article
    // cost beyond its text. Features now binary (features-binary.ts), facts without the text they copy
    // (facts-codec.ts), placement and paragraphs deflated (packed-columns.ts). The space the old
    // columns held is free pages until the file is vacuumed (`sqlite3 FILE VACUUM`).
    version: 7,
    sql: `
      ALTER TABLE articles ADD COLUMN features BLOB NOT NULL DEFAULT x'';
      ALTER TABLE articles ADD COLUMN facts BLOB NOT NULL DEFAULT x'';
      ALTER TABLE articles ADD COLUMN placement BLOB NOT NULL DEFAULT x'';
      ALTER TABLE articles ADD COLUMN paragraphs BLOB NOT NULL DEFAULT x'';
    `,
    fill: packStoredRows,
  },
  {
    // Read latency at a million articles (issue 7): story counts and facets kept by triggers, so that
    // the story list and its filters walk one index (sqlite-story-stats.ts).
    version: 8,
    sql: STORY_STATS_SQL,
  },
  {
    // The entity listing's counts, names and languages kept by triggers (sqlite-entity-stats.ts).
    version: 9,
    sql: ENTITY_STATS_SQL,
  },
  {
    // Mentions and their counts written once per article by the store, not by a trigger per mention (sqlite-mention-writes.ts).
    version: 10,
    sql: MENTION_WRITES_SQL,
  },
  {
    // The full-text index without word positions, and with combining marks inside words (sqlite-search-index.ts).
    version: 11,
    sql: SEARCH_INDEX_SQL,
  },
  {
    // One row per article and entity, with its mention count and written forms, instead of one per mention (sqlite-article-entities.ts).
    version: 12,
    sql: ARTICLE_ENTITIES_SQL,
  },
  {
    // The article's text deflated, the full-text index reading it through a view (sqlite-stored-text.ts).
    // Facts and placements written from now on are deflated against preset dictionaries (facts-codec.ts,
    // placement-codec.ts), which an older Parallax cannot inflate: this version also makes it refuse the store.
    version: 13,
    sql: STORED_TEXT_SQL,
    fill: deflateStoredTexts,
  },
  {
    // The entity of a row of article_entities named by a small key (sqlite-entity-keys.ts).
    version: 14,
    sql: ENTITY_KEYS_SQL,
  },
  {
    // An article's features in a table for warm articles and one for dormant ones (sqlite-feature-tables.ts).
    version: 15,
    sql: FEATURE_TABLES_SQL,
  },
  {
    // The topic a story is reported under when regrouping set one (cluster/regroup-around.ts); null: the
    // topic placement gave it, which the clustering still reads from \`topic\` on reopening.
    version: 16,
    sql: `
      ALTER TABLE stories ADD COLUMN reported_topic TEXT;
      CREATE INDEX stories_reported_topic ON stories(coalesce(reported_topic, topic));
    `,
  },
  {
    // Each article's term counts, from which search ranks its hits (sqlite-term-counts.ts).
    version: 17,
    sql: TERM_COUNTS_SQL,
    fill: fillTermCounts,
  },
];
