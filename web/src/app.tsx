/**
 * The page frame (skip link, header with the search box, main region) and the routes. On every
 * change of page, focus moves to the new page's heading, so that keyboard and screen-reader users
 * land where sighted users look.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ArticlePage } from './pages/article-page.tsx';
import { EntityPage } from './pages/entity-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { SearchPage } from './pages/search-page.tsx';
import { StoriesPage } from './pages/stories-page.tsx';
import { StoryPage } from './pages/story-page.tsx';
import { TopicPage } from './pages/topic-page.tsx';
import { Link, navigate, paths, route, useLocation } from './router.tsx';

function SearchBox({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial);
  useEffect(() => setQ(initial), [initial]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(paths.search(q.trim()));
  };
  return (
    <form className="search-box" role="search" action="/search" method="get" onSubmit={submit}>
      <label htmlFor="site-search">Search all languages</label>
      <input id="site-search" name="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. Kishida, Hochwasser, BCE" maxLength={500} />
      <button type="submit">Search</button>
    </form>
  );
}

function Page({ path }: { path: string }) {
  const r = route(path);
  switch (r.page) {
    case 'stories': return <StoriesPage />;
    case 'search': return <SearchPage />;
    case 'story': return <StoryPage id={r.id} />;
    case 'article': return <ArticlePage id={r.id} />;
    case 'entity': return <EntityPage id={r.id} />;
    case 'topic': return <TopicPage id={r.id} />;
    case 'not-found': return <NotFoundPage path={path} />;
  }
}

export function App() {
  const { path, query } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const heading = main.current?.querySelector<HTMLElement>('h1');
    heading?.focus({ preventScroll: true });
  }, [path]);
  return (
    <>
      <a className="skip" href="#main">Skip to content</a>
      <header className="site">
        <Link to="/" className="brand">Parallax</Link>
        <nav aria-label="Site">
          <Link to="/" aria-current={path === '/' ? 'page' : undefined}>Stories</Link>
        </nav>
        <SearchBox initial={path === '/search' ? (query.get('q') ?? '') : ''} />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page path={path} />
      </main>
      <footer className="site">
        <p>Parallax reads news in any language offline. Article text is shown as written by its source.</p>
      </footer>
    </>
  );
}
