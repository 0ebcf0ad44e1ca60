import Database from 'better-sqlite3';
import { articleId, storyId, type ArticleId, type StoryId, type TopicId } from '../../article.ts';
import { packedColumns } from '../packed-columns.ts';
import { MATCH_END, MATCH_START, parseSnippet, searchWords } from '../search-text.ts';
import { encodeStoryCursor } from '../story-cursor.ts';
import { checkLimit, type Analysed, type ArticleDetail, type ArticleRow, type SearchHit, type Store, type StoredState, type StoryHistoryEntry, type StoryPage, type StoryQuery, type StorySummary, type TopicDetail, type EntityDetail, type EntityPage, type EntityQuery } from '../store.ts';
import { articleDetailFromRow, articleRowFromRow, REPORTED_TOPIC_SQL, storedStateFromRow, storySummaryFromRow, type Row } from '../store-rows.ts';
import { sliceMembers, type MemberSlice } from '../member-slice.ts';
import { sqliteMigrations } from './sqlite-migrations.ts';
import { sqliteStoreVersion } from './sqlite-story-stats.ts';
import { storyMatcher } from './sqlite-story-match.ts';
import { entityDetail, listEntities } from './sqlite-entities.ts';
import { MentionCounts } from './sqlite-mention-writes.ts';
import type { EntityId } from '../../entities/entity.ts';
import { dayBounds, mergeDayPages } from '../day-pages.ts';
import { FIRST_DAY_SQL, ftsMatchOf, NEXT_DAY_SQL, SNIPPET_SQL, storyPageSql, type StoryPageSql } from './sqlite-story-query.ts';
import { storyTitle } from '../../cluster/story-title.ts';
import type { StoryChange } from '../../cluster/story-change.ts';
import { applySqliteStoryChanges, sqliteStoryChanges, sqliteStoryHistory } from './sqlite-story-changes.ts';
import { packText } from '../packed-text.ts';
import { setPageCache } from './page-cache.ts';
import { rankSearch } from './sqlite-search.ts';
import { INSERT_TERM_COUNTS_SQL } from './sqlite-term-counts.ts';
import { termCounts } from './term-counts.ts';
import { registerTextFunction } from './sqlite-stored-text.ts';
import { INSERT_FEATURES_SQL, letGoSqlite, STORED_STATE_SQL } from './sqlite-feature-tables.ts';

// Counts and languages from the summary tables (sqlite-story-stats.ts), the rest by index seeks, so a
// summary costs the same for a story of one article and one of 25,000.
const SUMMARY = `
  SELECT s.id, coalesce(s.reported_topic, s.topic) AS topic, s.title, s.first_seq AS firstSeq, t.members AS articles, t.independent,
         (SELECT group_concat(value) FROM story_facets f WHERE f.story = s.id AND f.kind = 'lang') AS languages,
         (SELECT max(seq) FROM articles WHERE story = s.id) AS lastSeq,
         (SELECT min(published) FROM articles INDEXED BY articles_story_published WHERE story = s.id) AS earliest,
         (SELECT max(published) FROM articles INDEXED BY articles_story_published WHERE story = s.id) AS latest
  FROM stories s JOIN story_stats t ON t.story = s.id`;

const summary = storySummaryFromRow;
const articleRow = articleRowFromRow;

type PageRow = { id: string; firstSeq: number };
/** Up to this many stories matching a `q`, the page is made from them rather than from a walk over all stories. */
const AMONG_MAX = 5000;

/** The first `limit` rows whose story `keep` accepts; the rest of the walk is not read. */
function firstKept(rows: Iterable<PageRow>, limit: number, keep: (story: string) => boolean): PageRow[] {
  const out: PageRow[] = [];
  for (const r of rows) {
    if (out.length === limit) break;
    if (keep(r.id)) out.push(r);
  }
  return out;
}

/** Page size of a new store file, in bytes (SQLite's largest). */
export const NEW_PAGE_SIZE = 65536;

/** The embedded store: one SQLite file, WAL journal, a transaction per batch. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private hashOf: Database.Statement | null = null;

  /** `pageCacheMiB`: the connection's page cache (page-cache.ts); absent, SQLite's default. */
  constructor(path: string, opts: { pageCacheMiB?: number } = {}) {
    try {
      this.db = new Database(path);
    } catch (e) {
      throw new Error(`store: cannot open SQLite database "${path}": ${(e as Error).message}; check the path and its permissions`);
    }
    // A new file gets large pages (issue 7, store size): rows of 2–4 KB (an article, its warm features)
    // fill 4 KB pages badly, overflow or not, a third of each page left unused. An existing file keeps
    // its page size: WAL mode cannot change it.
    if (Number(this.db.pragma('page_count', { simple: true })) === 0) this.db.pragma(`page_size = ${NEW_PAGE_SIZE}`);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    if (opts.pageCacheMiB !== undefined) setPageCache(this.db, opts.pageCacheMiB);
    registerTextFunction(this.db);
    this.migrate();
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const applied = new Set(this.db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    const newest = Math.max(0, ...sqliteMigrations.map((m) => m.version));
    const stored = Math.max(0, ...applied);
    if (stored > newest) {
      throw new Error(`store: the database has schema version ${stored}, newer than this Parallax knows (${newest}); upgrade Parallax`);
    }
    for (const m of sqliteMigrations) {
      if (applied.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        m.fill?.(this.db);
        this.db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
      })();
    }
  }

  schemaVersion(): number {
    return Number(this.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() ?? 0);
  }

  async contentHash(id: ArticleId): Promise<string | null> {
    // Asked once for every article read; preparing the statement each time cost as much as the lookup.
    this.hashOf ??= this.db.prepare('SELECT content_hash FROM articles WHERE id = ?').pluck();
    return (this.hashOf.get(id) as string | undefined) ?? null;
  }

  async *loadState(): AsyncIterable<StoredState> {
    const rows = this.db.prepare(STORED_STATE_SQL).iterate() as Iterable<Row>;
    for (const r of rows) yield storedStateFromRow(r);
  }

  async applyStoryChanges(changes: readonly StoryChange[]): Promise<void> {
    if (changes.length > 0) applySqliteStoryChanges(this.db, changes);
  }

  async storyHistory(id: StoryId): Promise<StoryHistoryEntry[]> {
    return sqliteStoryHistory(this.db, id);
  }

  async *storyChanges(): AsyncIterable<StoryHistoryEntry> {
    yield* sqliteStoryChanges(this.db);
  }

  async write(batch: readonly Analysed[], changes: readonly StoryChange[] = [], dormant: readonly ArticleId[] = []): Promise<void> {
    const remove = this.db.prepare('DELETE FROM articles WHERE id = ?');
    const insert = this.db.prepare(`INSERT INTO articles (id, content_hash, title, text, url, published, source, byline,
      declared_lang, lang, lang_json, origin_json, paragraphs, messages_json, story, topic,
      placement, relation_kind, relation_of, report_date, facts) VALUES (@id, @contentHash, @title, @text, @url,
      @published, @source, @byline, @declaredLang, @lang, @langJson, @originJson, @paragraphs, @messagesJson,
      @story, @topic, @placement, @relationKind, @relationOf, @reportDate, @facts)`);
    const features = this.db.prepare(INSERT_FEATURES_SQL);
    const terms = this.db.prepare(INSERT_TERM_COUNTS_SQL);
    const story = this.db.prepare('INSERT OR IGNORE INTO stories (id, topic, founder, title, first_seq) VALUES (?, ?, ?, ?, ?)');
    const storedOf = this.db.prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))').pluck();
    this.db.transaction(() => {
      const counts = new MentionCounts(this.db);
      // The batch's articles stored already, looked up once; those it stores join them as it goes.
      const stored = new Set(storedOf.all(JSON.stringify(batch.map((a) => a.record.id))) as string[]);
      for (const { record: r, placement: p } of batch) {
        // A replaced article's delete lowers the counts: what is pending is written first (../mention-sums.ts).
        if (stored.has(r.id)) counts.flush();
        remove.run(r.id);
        const { features: packedFeatures, ...packed } = packedColumns(r, p);
        const info = insert.run({
          id: r.id, contentHash: r.contentHash, title: r.title, text: packText(r.text), url: r.url, published: r.published,
          source: r.source, byline: r.byline, declaredLang: r.declaredLang, lang: r.lang.code,
          langJson: JSON.stringify(r.lang), originJson: JSON.stringify(r.origin), messagesJson: JSON.stringify(r.messages),
          story: p.story, topic: p.topic, relationKind: p.relation?.kind ?? null, relationOf: p.relation?.of ?? null,
          reportDate: r.reportDate, ...packed,
        });
        features.run(info.lastInsertRowid, packedFeatures);
        terms.run(info.lastInsertRowid, termCounts(r.title, r.text));
        stored.add(r.id);
        counts.add(Number(info.lastInsertRowid), r, p.story);
        if (p.via === 'new') story.run(p.story, p.topic, r.id, storyTitle(r), Number(info.lastInsertRowid));
      }
      counts.flush();
      if (changes.length > 0) applySqliteStoryChanges(this.db, changes);
      if (dormant.length > 0) letGoSqlite(this.db, dormant);
    })();
  }

  async articleCount(): Promise<number> {
    return Number(this.db.prepare('SELECT count(*) FROM articles').pluck().get());
  }

  async *articles(): AsyncIterable<ArticleRow> {
    const rows = this.db.prepare(`SELECT seq, id, title, lang_json, story, topic, ${REPORTED_TOPIC_SQL}, placement, url, published, source FROM articles ORDER BY seq`).iterate() as Iterable<Row>;
    for (const r of rows) yield articleRow(r);
  }

  async article(id: ArticleId): Promise<ArticleDetail | null> {
    const r = this.db.prepare(`SELECT *, ${REPORTED_TOPIC_SQL} FROM articles WHERE id = ?`).get(id) as Row | undefined;
    return r ? articleDetailFromRow(r) : null;
  }

  async stories(): Promise<StorySummary[]> {
    return (this.db.prepare(`${SUMMARY} ORDER BY articles DESC, s.first_seq`).all() as Row[]).map(summary);
  }

  async story(id: StoryId): Promise<StorySummary | null> {
    const r = this.db.prepare(`${SUMMARY} WHERE s.id = ?`).get(id) as Row | undefined;
    return r ? summary(r) : null;
  }

  async storyMembers(id: StoryId, slice?: MemberSlice): Promise<ArticleRow[]> {
    const run = (sql: string) => (this.db.prepare(sql).all(id) as Row[]).map(articleRow);
    return sliceMembers(run, `SELECT seq, id, title, lang_json, story, topic, ${REPORTED_TOPIC_SQL}, placement, url, published, source FROM articles WHERE story = ?`, slice);
  }

  async listStories(query: StoryQuery): Promise<StoryPage> {
    checkLimit(query.limit);
    let page = storyPageSql(query);
    if (page === null) return { items: [], next: null };
    let keep = (_story: string) => true;
    if (page.match !== undefined) {
      const matcher = storyMatcher(this.db, page.match);
      // A rare word's few stories drive the page themselves: walking every story to find them cost 100 ms at 1M.
      if (matcher.gathered && matcher.gathered.size <= AMONG_MAX) page = storyPageSql(query, [...matcher.gathered])!;
      else keep = matcher.keep;
    }
    const ids = page.days ? this.dayPage(page, query.limit + 1, keep) : firstKept(this.db.prepare(page.sql).iterate(page.params) as Iterable<PageRow>, query.limit + 1, keep).map((r) => r.id);
    const more = ids.length > query.limit;
    if (more) ids.pop();
    if (ids.length === 0) return { items: [], next: null };
    // The page's ids as one JSON parameter: a bound value whatever their number.
    const items = (this.db.prepare(`${SUMMARY} WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.first_seq DESC`)
      .all(JSON.stringify(ids)) as Row[]).map(summary);
    return { items, next: more ? encodeStoryCursor(items[items.length - 1]!.firstSeq) : null };
  }

  /** A day range's page: the page of each stored day in the range, merged. */
  private dayPage(page: StoryPageSql, limit: number, keep: (story: string) => boolean): string[] {
    const first = this.db.prepare(FIRST_DAY_SQL).pluck();
    const next = this.db.prepare(NEXT_DAY_SQL).pluck();
    const run = this.db.prepare(page.sql);
    const range = dayBounds(page.days!);
    const pages: PageRow[][] = [];
    for (let day = first.get(range) as string | undefined; day !== undefined; day = next.get({ to: range.to, prev: day }) as string | undefined) {
      pages.push(firstKept(run.iterate({ ...page.params, day }) as Iterable<PageRow>, limit, keep));
    }
    return mergeDayPages(pages, limit);
  }

  async search(q: string, limit: number): Promise<SearchHit[]> {
    checkLimit(limit);
    const words = searchWords(q);
    if (words.length === 0) return [];
    const match = ftsMatchOf(words);
    const snippet = this.db.prepare(SNIPPET_SQL);
    // One snapshot for the pool, the counts and the snippets: a write between them could remove a hit.
    const rows = this.db.transaction(() => rankSearch(this.db, words, match, limit)
      .map((h) => snippet.get({ match, seq: h.seq, start: MATCH_START, end: MATCH_END }) as Row))();
    return rows.map((r) => ({
      article: articleId(r.id as string),
      story: storyId(r.story as string),
      title: (r.title as string | null) ?? null,
      lang: r.lang as string,
      ...parseSnippet(r.marked as string),
    }));
  }

  async topic(id: TopicId): Promise<TopicDetail | null> {
    const rows = this.db.prepare(`${SUMMARY} WHERE coalesce(s.reported_topic, s.topic) = ? ORDER BY earliest IS NULL, earliest, s.first_seq`).all(id) as Row[];
    return rows.length === 0 ? null : { id, stories: rows.map(summary) };
  }

  async entities(query: EntityQuery): Promise<EntityPage> {
    return listEntities(this.db, query);
  }

  async entity(id: EntityId): Promise<EntityDetail | null> {
    return entityDetail(this.db, id);
  }

  async version(): Promise<number> {
    return sqliteStoreVersion(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
