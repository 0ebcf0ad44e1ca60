/**
 * Client-side routing over the History API: links are real `<a href>` elements (they open in a new
 * tab, copy and bookmark like any link), and a plain click is turned into a history entry instead
 * of a page load. The server answers every UI path with index.html, so any URL can be opened directly.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

const NAVIGATE = 'parallax:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current path and query string; re-renders on every navigation. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** A link inside the app; modified clicks (new tab, download) are left to the browser. */
export function Link({ to, children, ...rest }: { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a {...rest} href={to} onClick={onClick}>{children}</a>;
}

/** Paths of the UI's pages; ids are percent-encoded, since article ids may hold `/`, `#` or `?`. */
export const paths = {
  stories: (query?: URLSearchParams) => (query && [...query.keys()].length > 0 ? `/?${query}` : '/'),
  search: (q: string) => `/search?${new URLSearchParams({ q })}`,
  story: (id: string) => `/stories/${encodeURIComponent(id)}`,
  article: (id: string, mark?: { start: number; end: number } | null) =>
    `/articles/${encodeURIComponent(id)}${mark ? `?mark=${mark.start}-${mark.end}` : ''}`,
  entity: (id: string) => `/entities/${encodeURIComponent(id)}`,
  topic: (id: string) => `/topics/${encodeURIComponent(id)}`,
};

export type Route =
  | { page: 'stories' }
  | { page: 'search' }
  | { page: 'story' | 'article' | 'entity' | 'topic'; id: string }
  | { page: 'not-found' };

const PREFIXES = { '/stories/': 'story', '/articles/': 'article', '/entities/': 'entity', '/topics/': 'topic' } as const;

export function route(path: string): Route {
  if (path === '/') return { page: 'stories' };
  if (path === '/search') return { page: 'search' };
  for (const [prefix, page] of Object.entries(PREFIXES) as Array<[keyof typeof PREFIXES, (typeof PREFIXES)[keyof typeof PREFIXES]]>) {
    if (path.startsWith(prefix) && path.length > prefix.length) {
      try {
        return { page, id: decodeURIComponent(path.slice(prefix.length)) };
      } catch {
        return { page: 'not-found' };
      }
    }
  }
  return { page: 'not-found' };
}
