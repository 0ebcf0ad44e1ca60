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
  /** Present when the page is a day range: the SQL is run once per stored day in it, the day as $1. */
  days?: { from?: string; to?: string };
}


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
  // The same walk as on SQLite (sqlite-story-query.ts): one index drives, the other filters are checked per story.
  const facet = (kind: string, value: string) => `EXISTS (SELECT 1 FROM story_facets g WHERE g.story = d.story AND g.kind = '${kind}' AND g.value = ${param(value)})`;
  const days = query.from !== undefined || query.to !== undefined;
  const where: string[] = [];
  const drive = days ? 'day' : query.entity !== undefined ? 'entity' : query.language !== undefined ? 'lang' : query.topic !== undefined ? 'topic' : 'all';
  if (days) values.push(null); // $1: the day, set per run
  const byFacet = (kind: string, value: string) => `story_facets d JOIN stories s ON s.id = d.story WHERE d.kind = '${kind}' AND d.value = ${value}`;
  const driver = {
    day: () => byFacet('day', '$1'),
    entity: () => byFacet('entity', param(query.entity)),
    lang: () => byFacet('lang', param(query.language)),
    topic: () => `stories s JOIN story_stats d ON d.story = s.id WHERE coalesce(s.reported_topic, s.topic) = ${param(query.topic)}`,
    all: () => 'story_stats d JOIN stories s ON s.id = d.story WHERE true',
  }[drive]();
  const after = storyCursorPosition(query.after);
  if (after !== null) where.push(`d.first_seq < ${param(after)}`);
  if (query.topic !== undefined && drive !== 'topic') where.push(`coalesce(s.reported_topic, s.topic) = ${param(query.topic)}`);
  if (query.entity !== undefined && drive !== 'entity') where.push(facet('entity', query.entity));
  if (query.language !== undefined && drive !== 'lang') where.push(facet('lang', query.language));
  if (query.q !== undefined) {
    const words = queryWords(query.q);
    if (words === null) return null;
    where.push(`d.story IN (SELECT story FROM articles WHERE search_vector @@ ${param(searchQuery(words))}::tsquery)`);
  }
  const text = `SELECT d.story AS id, d.first_seq AS "firstSeq" FROM ${driver} ${where.map((w) => `AND ${w}`).join(' ')}
    ORDER BY d.first_seq DESC LIMIT ${param(query.limit + 1)}`;
  return days ? { text, values, days: { from: query.from, to: query.to } } : { text, values };
}

/** The next stored day of a range after $1 ($2 from, $3 to), as on SQLite. */
export const NEXT_DAY_SQL = `SELECT min(value) AS day FROM story_facets WHERE kind = 'day' AND value > $1 AND value >= $2 AND value <= $3`;

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
