/** `/entities/{id}`: a person, organisation or place: its names in every language, the stories it is in, what it said. */
import { api, useApi } from '../api/client.ts';
import type { EntityDetail } from '../api/wire.ts';
import { Link, paths } from '../router.tsx';
import { LangBadge, LangBadges, langAttr } from '../ui/lang.tsx';
import { Await, Empty, plural } from '../ui/status.tsx';
import { useTitle } from '../ui/title.ts';
import { ENTITY_TYPE } from '../ui/words.ts';


function Entity({ e }: { e: EntityDetail }) {
  return (
    <>
      <p className="story-meta">
        <span className={`type ${e.type.toLowerCase()}`}>{ENTITY_TYPE[e.type]}</span>
        <span>{plural(e.mentions, 'mention')}</span>
        <span>{plural(e.articles, 'article')}</span>
        <span>{plural(e.stories, 'story', 'stories')}</span>
        <LangBadges codes={e.languages} />
        <code>{e.id}</code>
      </p>
      <section className="panel" aria-labelledby="aliases-h">
        <h2 id="aliases-h">Names as written</h2>
        <ul className="aliases">{e.aliases.map((a) => <li key={a}>{a}</li>)}</ul>
      </section>
      <section className="panel" aria-labelledby="in-stories-h">
        <h2 id="in-stories-h">Stories</h2>
        {e.inStories.length === 0 ? <Empty>In no story.</Empty> : (
          <ol className="in-stories">
            {e.inStories.map((s) => (
              <li key={s.story}><Link to={paths.story(s.story)}>{s.title ?? s.story}</Link> <span className="meta">{plural(s.mentions, 'mention')}</span></li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel" aria-labelledby="said-h">
        <h2 id="said-h">Quotes</h2>
        {e.quotes.length === 0 ? <Empty>No quote is attributed to {e.name}.</Empty> : (
          <ul className="quotes">
            {e.quotes.map((q, i) => (
              <li key={i} className={q.quote.direct ? 'direct' : 'reported'}>
                <blockquote lang={langAttr(q.lang)}>{q.quote.direct ? `“${q.text}”` : q.text}</blockquote>
                <p className="quote-meta">
                  <span className="badge">{q.quote.direct ? 'direct' : 'reported'}</span> <LangBadge code={q.lang} />{' '}
                  <Link to={paths.article(q.article, q.quote)}>in the article</Link> · <Link to={paths.story(q.story)}>its story</Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function EntityPage({ id }: { id: string }) {
  const entity = useApi<EntityDetail>(api.entity(id));
  const e = entity.state === 'ok' ? entity.data : null;
  useTitle(e ? e.name : 'Entity');
  return (
    <>
      <h1 tabIndex={-1}>{e ? e.name : 'Entity'}</h1>
      <Await loaded={entity} what="entity">{(data) => <Entity e={data} />}</Await>
    </>
  );
}
