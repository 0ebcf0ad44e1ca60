/**
 * `/`: the stories, newest founded first (the API's order, paged) or largest first, with filters by
 * language, entity, date and words. The filters live in the URL, so a filtered list is a link.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, getJson, useApi } from '../api/client.ts';
import type { EntityDetail, StoryPage, StorySummary } from '../api/wire.ts';
import { Link, paths, useLocation } from '../router.tsx';
import { ErrorNote, Loading } from '../ui/status.tsx';
import { useTitle } from '../ui/title.ts';
import { StoryFilters, FILTER_NAMES } from './story-filters.tsx';
import { StoryList } from './story-list.tsx';

const PAGE = 50;

interface Pages {
  key: string;
  items: StorySummary[];
  next: string | null;
  loading: boolean;
  error: ApiError | null;
}

/** The API query for the page's URL: the filters only (the sort is the UI's). */
function apiQuery(query: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const v = query.get(name)?.trim();
    if (v) out.set(name, v);
  }
  out.set('limit', String(PAGE));
  return out;
}

function usePagedStories(query: URLSearchParams): Pages & { more(): void } {
  const key = query.toString();
  const [pages, setPages] = useState<Pages>({ key, items: [], next: null, loading: true, error: null });
  const fetchPage = (after: string | null, previous: StorySummary[]) => {
    const q = new URLSearchParams(query);
    if (after) q.set('after', after);
    setPages({ key, items: previous, next: after, loading: true, error: null });
    getJson<StoryPage>(api.stories(q)).then(
      (page) => setPages((p) => (p.key === key ? { key, items: [...previous, ...page.items], next: page.next, loading: false, error: null } : p)),
      (error: ApiError) => setPages((p) => (p.key === key ? { ...p, loading: false, error } : p)),
    );
  };
  useEffect(() => fetchPage(null, []), [key]);
  const current = pages.key === key ? pages : { key, items: [], next: null, loading: true, error: null };
  return { ...current, more: () => current.next && fetchPage(current.next, current.items) };
}

/** Which entity the list is filtered by, by name, with a link to it. */
function EntityNote({ id }: { id: string }) {
  const entity = useApi<EntityDetail>(api.entity(id));
  if (entity.state !== 'ok') return null;
  return <p className="count">Stories naming <Link to={paths.entity(id)}>{entity.data.name}</Link> ({entity.data.aliases.slice(0, 5).join(', ')}).</p>;
}

export function StoriesPage() {
  const { query } = useLocation();
  const largest = query.get('sort') === 'largest';
  const pages = usePagedStories(apiQuery(query));
  useTitle('Stories');
  const items = largest ? [...pages.items].sort((a, b) => b.articles - a.articles || b.independent - a.independent || b.lastSeq - a.lastSeq) : pages.items;
  const filtered = FILTER_NAMES.some((n) => query.get(n));
  return (
    <>
      <h1 tabIndex={-1}>Stories</h1>
      <StoryFilters query={query} languages={[...new Set(pages.items.flatMap((s) => s.languages))].sort()} />
      <section aria-labelledby="story-list-heading">
        <h2 id="story-list-heading" className="visually-hidden">Matching stories</h2>
        <p className="count" role="status">
          {pages.loading && pages.items.length === 0 ? 'Loading stories…' : `${pages.items.length}${pages.next ? '+' : ''} ${pages.items.length === 1 ? 'story' : 'stories'}${filtered ? ' matching the filters' : ''}, ${largest ? 'largest' : 'newest'} first`}
          {largest && pages.next && ' (among those loaded so far)'}
        </p>
        {query.get('entity') && <EntityNote id={query.get('entity')!} />}
        {pages.error && <ErrorNote error={pages.error} what="stories" />}
        {!pages.loading && !pages.error && items.length === 0 && (
          <p className="empty">No story matches. <a href={paths.stories()}>Clear the filters</a>.</p>
        )}
        <StoryList stories={items} />
        {pages.loading && pages.items.length > 0 && <Loading what="more stories" />}
        {pages.next && !pages.loading && (
          <button type="button" className="more" onClick={pages.more}>Load more stories</button>
        )}
      </section>
    </>
  );
}
