/** `/search?q=`: full text over every language; the matched words of each snippet are marked. */
import { api, useApi } from '../api/client.ts';
import type { SearchHit } from '../api/wire.ts';
import { Link, paths, useLocation } from '../router.tsx';
import { LangBadge, langAttr } from '../ui/lang.tsx';
import { Await, Empty, plural } from '../ui/status.tsx';
import { useTitle } from '../ui/title.ts';

/** The snippet as text runs, the highlighted ones in <mark>; offsets are UTF-16 indices into the snippet. */
function Snippet({ hit }: { hit: SearchHit }) {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const h of [...hit.highlights].sort((a, b) => a.start - b.start)) {
    const start = Math.max(h.start, at);
    const end = Math.min(h.end, hit.snippet.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: hit.snippet.slice(at, start), mark: false });
    parts.push({ text: hit.snippet.slice(start, end), mark: true });
    at = end;
  }
  if (at < hit.snippet.length) parts.push({ text: hit.snippet.slice(at), mark: false });
  return <p className="snippet" lang={langAttr(hit.lang)}>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</p>;
}

export function SearchPage() {
  const { query } = useLocation();
  const q = query.get('q')?.trim() ?? '';
  const hits = useApi<{ items: SearchHit[] }>(q ? api.search(q) : null);
  useTitle(q ? `Search: ${q}` : 'Search');
  return (
    <>
      <h1 tabIndex={-1}>{q ? <>Search: <q>{q}</q></> : 'Search'}</h1>
      {!q && <Empty>Type words in the search box above: every language is searched, without regard to case or accents.</Empty>}
      {q && (
        <Await loaded={hits} what="search results">
          {({ items }) => (
            <>
              <p className="count" role="status">{plural(items.length, 'article')} found</p>
              <ol className="hits">
                {items.map((h) => (
                  <li key={h.article}>
                    <h2 lang={langAttr(h.lang)}><Link to={paths.article(h.article)}>{h.title ?? h.article}</Link></h2>
                    <p className="meta"><LangBadge code={h.lang} /> <Link to={paths.story(h.story)}>its story</Link></p>
                    <Snippet hit={h} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </Await>
      )}
    </>
  );
}
