import pg from 'pg';
import { articleId, storyId, type ArticleId, type StoryId, type TopicId } from '../../article.ts';
import { parseSnippet } from '../search-text.ts';
import { encodeStoryCursor } from '../story-cursor.ts';
import { articleDetailFromRow, articleRowFromRow, REPORTED_TOPIC_SQL, storySummaryFromRow, type Row } from '../store-rows.ts';
import { checkLimit, type Analysed, type ArticleDetail, type ArticleRow, type SearchHit, type Store, type StoredState, type StoryHistoryEntry, type StoryPage, type StoryQuery, type StorySummary, type TopicDetail, type EntityDetail, type EntityPage, type EntityQuery } from '../store.ts';
import type { EntityId } from '../../entities/entity.ts';
import { entityDetail, listEntities } from './postgres-entities.ts';
import { postgresMigrations } from './postgres-migrations.ts';
import { sliceMembers, type MemberSlice } from '../member-slice.ts';
import type { StoryChange } from '../../cluster/story-change.ts';
import { applyPostgresStoryChanges, lastStoryChange, postgresStoryChanges, postgresStoryHistory, storyChangesAfter } from './postgres-story-changes.ts';
import { markedSnippet, queryWords, searchQuery } from './postgres-search.ts';
import { dayBounds, mergeDayPages } from '../day-pages.ts';
import { NEXT_DAY_SQL, SEARCH_SQL, storyPageSql, type PostgresSql } from './postgres-story-query.ts';
import { inTransaction, PAGE_SIZE, statesAfter, type PostgresSession } from './postgres-session.ts';
import { letGoDormant, lockPlacement, MIGRATE_LOCK, PARALLAX_LOCKS, pgText, restoreExact, writeBatch, type PostgresTx } from './postgres-write.ts';

const ROW_COLUMNS = `seq, id, title, lang_json, story, topic, ${REPORTED_TOPIC_SQL}, placement, url, published, source, exact_json`;

// As on SQLite: counts and languages from the summary tables, the rest by index seeks.
const SUMMARY = `
  SELECT s.id, coalesce(s.reported_topic, s.topic) AS topic, s.title, s.first_seq AS "firstSeq", t.members AS articles, t.independent,
         (SELECT string_agg(value, ',') FROM story_facets f WHERE f.story = s.id AND f.kind = 'lang') AS languages,
         (SELECT max(seq) FROM articles WHERE story = s.id) AS "lastSeq",
         (SELECT min(published) FROM articles WHERE story = s.id) AS earliest,
         (SELECT max(published) FROM articles WHERE story = s.id) AS latest
  FROM stories s JOIN story_stats t ON t.story = s.id`;

const rowOf = (r: Row) => articleRowFromRow(restoreExact(r));

/**
 * The shared store: one PostgreSQL database, many processes. Every write is one transaction under an
 * advisory lock; reads stream by keyset pages. Open with `PostgresStore.open(url)`.
 */
export class PostgresStore implements Store {
  private closed = false;

  private constructor(private readonly pool: pg.Pool, readonly url: string, private readonly pageSize: number) {}

  static async open(url: string, opts: { maxConnections?: number; pageSize?: number; applicationName?: string } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: opts.maxConnections ?? 4, keepAlive: true, application_name: opts.applicationName ?? 'parallax' });
    // An idle client's error (the server restarting) must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const store = new PostgresStore(pool, url, opts.pageSize ?? PAGE_SIZE);
    try {
      await store.migrate();
    } catch (e) {
      await pool.end();
      throw new Error(`store: cannot open PostgreSQL database "${redact(url)}": ${(e as Error).message}; check the URL, that the server runs, and the role's rights`);
    }
    return store;
  }

  /** Runs `fn` in one transaction on one connection: committed when it returns, rolled back when it throws. */
  async transaction<T>(fn: (tx: PostgresTx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      return await inTransaction(client, fn, () => { broken = true; });
    } finally {
      client.release(broken);
    }
  }

  /**
   * A connection of its own, held until released: a worker's claims on the queue name its session,
   * so they must be made and completed on one connection, and die with it.
   */
  async session(): Promise<PostgresSession> {
    const client = await this.pool.connect();
    // A connection ended by the server (administrator, restart) reports through an event; the next
    // query fails with it anyway, and the session is then closed rather than given back.
    let lost = false;
    const onError = () => { lost = true; };
    client.on('error', onError);
    return {
      query: async (text, values = []) => (await client.query(text, values)).rows,
      transaction: (fn) => inTransaction(client, fn, onError),
      release: (broken = false) => {
        client.off('error', onError);
        client.release(broken || lost);
      },
    };
  }

  /** One statement outside any transaction. */
  async query(text: string, values: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(text, values)).rows;
  }

  private async migrate(): Promise<void> {
    // Several workers may open a new database at once: the lock makes one of them migrate.
    await this.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [PARALLAX_LOCKS, MIGRATE_LOCK]);
      await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      const applied = new Set((await tx.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
      const newest = Math.max(0, ...postgresMigrations.map((m) => m.version));
      const stored = Math.max(0, ...applied);
      if (stored > newest) {
        throw new Error(`the database has schema version ${stored}, newer than this Parallax knows (${newest}); upgrade Parallax`);
      }
      for (const m of postgresMigrations) {
        if (applied.has(m.version)) continue;
        await tx.query(m.sql);
        await m.fill?.(tx);
        await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [m.version, new Date().toISOString()]);
      }
    });
  }

  async schemaVersion(): Promise<number> {
    return Number((await this.query('SELECT max(version) AS v FROM schema_migrations'))[0]?.v ?? 0);
  }

  async contentHash(id: ArticleId): Promise<string | null> {
    return ((await this.query('SELECT content_hash FROM articles WHERE id = $1', [pgText(id)]))[0]?.content_hash as string | undefined) ?? null;
  }

  async *loadState(): AsyncIterable<StoredState> {
    yield* this.statesAfter(0);
  }

  /** Stored clustering state with seq above `after`, in seq order, with the seq. */
  statesAfter(after: number): AsyncIterable<StoredState & { seq: number }> {
    return statesAfter(this.pool, after, this.pageSize);
  }

  async write(batch: readonly Analysed[], changes: readonly StoryChange[] = [], dormant: readonly ArticleId[] = []): Promise<void> {
    if (batch.length === 0 && changes.length === 0 && dormant.length === 0) return;
    await this.transaction(async (tx) => {
      await lockPlacement(tx);
      await writeBatch(tx, batch);
      await applyPostgresStoryChanges(tx, changes);
      await letGoDormant(tx, dormant);
    });
  }

  async applyStoryChanges(changes: readonly StoryChange[]): Promise<void> {
    if (changes.length === 0) return;
    await this.transaction(async (tx) => {
      await lockPlacement(tx);
      await applyPostgresStoryChanges(tx, changes);
    });
  }

  /** The seq of the last recorded story change, and the changes after a seq: a worker's catch-up. */
  lastStoryChange(): Promise<number> {
    return lastStoryChange(this.pool);
  }

  storyChangesAfter(after: number): Promise<Array<{ seq: number; at: number; change: StoryChange }>> {
    return storyChangesAfter(this.pool, after);
  }

  async storyHistory(id: StoryId): Promise<StoryHistoryEntry[]> {
    return postgresStoryHistory(this.pool, id);
  }

  async *storyChanges(): AsyncIterable<StoryHistoryEntry> {
    yield* postgresStoryChanges(this.pool);
  }

  async articleCount(): Promise<number> {
    return Number((await this.query('SELECT count(*) AS n FROM articles'))[0]!.n);
  }

  async *articles(): AsyncIterable<ArticleRow> {
    let last = 0;
    for (;;) {
      const rows = await this.query(`SELECT ${ROW_COLUMNS} FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`, [last, this.pageSize]);
      for (const r of rows) yield rowOf(r);
      if (rows.length < this.pageSize) return;
      last = Number(rows[rows.length - 1]!.seq);
    }
  }

  async article(id: ArticleId): Promise<ArticleDetail | null> {
    const r = (await this.query(`SELECT *, ${REPORTED_TOPIC_SQL} FROM articles WHERE id = $1`, [pgText(id)]))[0];
    return r ? articleDetailFromRow(restoreExact(r)) : null;
  }

  async stories(): Promise<StorySummary[]> {
    return (await this.query(`${SUMMARY} ORDER BY articles DESC, s.first_seq`)).map(storySummaryFromRow);
  }

  async story(id: StoryId): Promise<StorySummary | null> {
    const r = (await this.query(`${SUMMARY} WHERE s.id = $1`, [pgText(id)]))[0];
    return r ? storySummaryFromRow(r) : null;
  }

  async storyMembers(id: StoryId, slice?: MemberSlice): Promise<ArticleRow[]> {
    const run = async (sql: string) => (await this.query(sql, [pgText(id)])).map(rowOf);
    return sliceMembers(run, `SELECT ${ROW_COLUMNS} FROM articles WHERE story = $1`, slice);
  }

  async listStories(query: StoryQuery): Promise<StoryPage> {
    checkLimit(query.limit);
    const page = storyPageSql(query);
    if (page === null) return { items: [], next: null };
    const ids = page.days ? await this.dayPage(page, query.limit + 1) : (await this.query(page.text, page.values)).map((r) => r.id as string);
    const more = ids.length > query.limit;
    if (more) ids.pop();
    if (ids.length === 0) return { items: [], next: null };
    const items = (await this.query(`${SUMMARY} WHERE s.id = ANY($1::text[]) ORDER BY s.first_seq DESC`, [ids])).map(storySummaryFromRow);
    return { items, next: more ? encodeStoryCursor(items[items.length - 1]!.firstSeq) : null };
  }

  /** A day range's page: the page of each stored day in the range, merged (as on SQLite). */
  private async dayPage(page: PostgresSql, limit: number): Promise<string[]> {
    const { from, to } = dayBounds(page.days!);
    const pages: Row[][] = [];
    for (let day = ''; ;) {
      const next = (await this.query(NEXT_DAY_SQL, [day, from, to]))[0]?.day as string | null | undefined;
      if (next == null) break;
      day = next;
      pages.push(await this.query(page.text, [day, ...page.values.slice(1)]));
    }
    return mergeDayPages(pages as unknown as Array<Array<{ id: string; firstSeq: string }>>, limit);
  }

  async version(): Promise<number> {
    return Number((await this.query('SELECT n FROM store_version'))[0]!.n);
  }

  async search(q: string, limit: number): Promise<SearchHit[]> {
    checkLimit(limit);
    const words = queryWords(q);
    if (words === null) return [];
    const rows = await this.query(SEARCH_SQL, [searchQuery(words), limit]);
    return rows.map((raw) => {
      const r = restoreExact(raw);
      return {
        article: articleId(r.id as string),
        story: storyId(r.story as string),
        title: (r.title as string | null) ?? null,
        lang: r.lang as string,
        ...parseSnippet(markedSnippet(r.title as string | null, r.text as string, words)),
      };
    });
  }

  async topic(id: TopicId): Promise<TopicDetail | null> {
    const rows = await this.query(`${SUMMARY} WHERE coalesce(s.reported_topic, s.topic) = $1 ORDER BY earliest NULLS LAST, s.first_seq`, [pgText(id)]);
    return rows.length === 0 ? null : { id, stories: rows.map(storySummaryFromRow) };
  }

  async entities(query: EntityQuery): Promise<EntityPage> {
    return listEntities((text, values) => this.query(text, values), query);
  }

  async entity(id: EntityId): Promise<EntityDetail | null> {
    return entityDetail((text, values) => this.query(text, values), id);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
