/**
 * The SQL of `listStories` and `search` on SQLite. Every value reaches SQLite as a bound parameter;
 * only fixed fragments chosen by which filters are present are put together here.
 */
import { SEARCH_POOL, searchWords } from '../search-text.ts';
import { storyCursorPosition } from '../story-cursor.ts';
import type { StoryQuery } from '../store.ts';

/** An FTS5 query that only ever means "all these words": each word a quoted string. */
export function ftsMatch(q: string): string | null {
  const words = searchWords(q);
  return words.length === 0 ? null : words.map((w) => `"${w.replaceAll('"', '""')}"`).join(' ');
}

const MATCHING = `SELECT a.story FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH @match`;
const DATED = `published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`;

export interface StoryPageSql {
  sql: string;
  params: Record<string, string | number>;
}

/**
 * The ids of one page of stories (plus one, to tell whether another page follows), newest founded
 * first; null when the query cannot match anything (a `q` without words).
 */
export function storyPageSql(query: StoryQuery): StoryPageSql | null {
  const where = ['EXISTS (SELECT 1 FROM articles a WHERE a.story = s.id)'];
  const params: Record<string, string | number> = { limit: query.limit + 1 };
  const after = storyCursorPosition(query.after);
  if (after !== null) {
    where.push('s.first_seq < @after');
    params.after = after;
  }
  if (query.topic !== undefined) {
    where.push('s.topic = @topic');
    params.topic = query.topic;
  }
  if (query.entity !== undefined) {
    where.push('s.id IN (SELECT a.story FROM entity_mentions m JOIN articles a ON a.seq = m.article_seq WHERE m.entity = @entity)');
    params.entity = query.entity;
  }
  if (query.language !== undefined) {
    where.push('s.id IN (SELECT story FROM articles WHERE lang = @language)');
    params.language = query.language;
  }
  if (query.from !== undefined || query.to !== undefined) {
    const day = [DATED];
    if (query.from !== undefined) {
      day.push('substr(published, 1, 10) >= @from');
      params.from = query.from;
    }
    if (query.to !== undefined) {
      day.push('substr(published, 1, 10) <= @to');
      params.to = query.to;
    }
    where.push(`s.id IN (SELECT story FROM articles WHERE ${day.join(' AND ')})`);
  }
  if (query.q !== undefined) {
    const match = ftsMatch(query.q);
    if (match === null) return null;
    where.push(`s.id IN (${MATCHING})`);
    params.match = match;
  }
  return { sql: `SELECT s.id FROM stories s WHERE ${where.join(' AND ')} ORDER BY s.first_seq DESC LIMIT @limit`, params };
}

/**
 * Hits with the matched words marked by MATCH_START / MATCH_END (passed as @start / @end): ranked by
 * bm25 among the newest SEARCH_POOL matches (FTS5 walks its doclists newest first and takes the rowid
 * bound), and snippets made for the page only. CROSS JOIN keeps the page as the outer loop so that
 * each snippet is one rowid lookup in FTS5: as a plain join SQLite scanned every match of the words
 * for the page's rows (a word in most of a million articles: 2.6 s).
 */
export const SEARCH_SQL = `
  WITH pool AS (
    SELECT coalesce((SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET ${SEARCH_POOL - 1}), 0) AS low
  ), best AS (
    SELECT rowid AS seq, bm25(articles_fts) AS score FROM articles_fts
    WHERE articles_fts MATCH @match AND rowid >= (SELECT low FROM pool)
    ORDER BY score, seq LIMIT @limit
  )
  SELECT a.id, a.story, a.title, a.lang, snippet(articles_fts, -1, @start, @end, '…', 24) AS marked
  FROM best CROSS JOIN articles_fts JOIN articles a ON a.seq = best.seq
  WHERE articles_fts MATCH @match AND articles_fts.rowid = best.seq
  ORDER BY best.score, best.seq`;
