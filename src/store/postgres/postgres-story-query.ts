/**
 * The SQL of `listStories` and `search` on PostgreSQL. Every value reaches the server as a bound
 * parameter; only fixed fragments chosen by which filters are present are put together here.
 */
import { SEARCH_POOL } from '../search-text.ts';
import { storyCursorPosition } from '../story-cursor.ts';
import type { StoryQuery } from '../store.ts';
import { queryWords, searchQuery } from './postgres-search.ts';
import { pgText } from './postgres-write.ts';

export interface PostgresSql {
  text: string;
  values: unknown[];
}

const DATED = `published ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'`;

/**
 * The ids of one page of stories (plus one, to tell whether another page follows), newest founded
 * first; null when the query cannot match anything (a `q` without words).
 */
export function storyPageSql(query: StoryQuery): PostgresSql | null {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(typeof v === 'string' ? pgText(v) : v);
    return `$${values.length}`;
  };
  const where = ['EXISTS (SELECT 1 FROM articles a WHERE a.story = s.id)'];
  const after = storyCursorPosition(query.after);
  if (after !== null) where.push(`s.first_seq < ${param(after)}`);
  if (query.topic !== undefined) where.push(`s.topic = ${param(query.topic)}`);
  if (query.entity !== undefined) {
    where.push(`s.id IN (SELECT a.story FROM entity_mentions m JOIN articles a ON a.seq = m.article_seq WHERE m.entity = ${param(query.entity)})`);
  }
  if (query.language !== undefined) where.push(`s.id IN (SELECT story FROM articles WHERE lang = ${param(query.language)})`);
  if (query.from !== undefined || query.to !== undefined) {
    const day = [DATED];
    if (query.from !== undefined) day.push(`substr(published, 1, 10) >= ${param(query.from)}`);
    if (query.to !== undefined) day.push(`substr(published, 1, 10) <= ${param(query.to)}`);
    where.push(`s.id IN (SELECT story FROM articles WHERE ${day.join(' AND ')})`);
  }
  if (query.q !== undefined) {
    const words = queryWords(query.q);
    if (words === null) return null;
    where.push(`s.id IN (SELECT story FROM articles WHERE search_vector @@ ${param(searchQuery(words))}::tsquery)`);
  }
  return { text: `SELECT s.id FROM stories s WHERE ${where.join(' AND ')} ORDER BY s.first_seq DESC LIMIT ${param(query.limit + 1)}`, values };
}

/**
 * Hits, best first among the newest SEARCH_POOL matches (as on SQLite): $1 the tsquery, $2 the limit.
 * The snippet is made from title and text afterwards.
 */
export const SEARCH_SQL = `
  SELECT id, story, title, lang, text, exact_json
  FROM (
    SELECT seq, id, story, title, lang, text, exact_json, search_vector FROM articles
    WHERE search_vector @@ $1::tsquery ORDER BY seq DESC LIMIT ${SEARCH_POOL}
  ) pool
  ORDER BY ts_rank(search_vector, $1::tsquery) DESC, seq
  LIMIT $2`;
