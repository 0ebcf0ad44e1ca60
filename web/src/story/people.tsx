/** Key people and what they said: quotes grouped by speaker, each with its source and language. */
import type { KeyPerson } from '../../../src/briefing/briefing.ts';
import { Link, paths } from '../router.tsx';
import { LangBadge, langAttr } from '../ui/lang.tsx';
import { Empty, plural } from '../ui/status.tsx';
import { SourceRef } from './source-ref.tsx';
import type { StoryView } from './story-view.ts';
import { ENTITY_TYPE } from '../ui/words.ts';


export function People({ view, people }: { view: StoryView; people: readonly KeyPerson[] }) {
  if (people.length === 0) return <Empty>No people or organisations were found in this story.</Empty>;
  const speakers = people.filter((p) => p.quotes.length > 0);
  const others = people.filter((p) => p.quotes.length === 0);
  return (
    <>
      {speakers.length === 0 && <Empty>No quote in this story could be attributed to a speaker.</Empty>}
      <ul className="speakers">
        {speakers.map((p) => (
          <li key={p.entity} className="speaker">
            <h3>
              <Link to={paths.entity(p.entity)}>{p.name}</Link>
              {p.roles.length > 0 && <span className="roles">, {p.roles.join(', ')}</span>}
            </h3>
            <p className="meta">{ENTITY_TYPE[p.type]} · {plural(p.mentions, 'mention')} in {plural(p.articles, 'article')} · {plural(p.quotes.length, 'quote')} in {[...new Set(p.quotes.map((q) => q.lang))].join(', ')}</p>
            <ul className="quotes">
              {p.quotes.map((q, i) => (
                <li key={i} className={q.direct ? 'direct' : 'reported'}>
                  <blockquote lang={langAttr(q.lang)}>{q.direct ? `“${q.text}”` : q.text}</blockquote>
                  <p className="quote-meta">
                    <span className="badge">{q.direct ? 'direct' : 'reported'}</span> <LangBadge code={q.lang} /> <SourceRef view={view} article={q.article} span={q} long />
                  </p>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <p className="also">Also named: {others.map((p, i) => (
          <span key={p.entity}>{i > 0 && ', '}<Link to={paths.entity(p.entity)}>{p.name}</Link> ({plural(p.mentions, 'mention')})</span>
        ))}</p>
      )}
    </>
  );
}
