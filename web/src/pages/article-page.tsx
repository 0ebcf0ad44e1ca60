/**
 * `/articles/{id}`: the text as given, with its facts highlighted (`?mark=START-END` marks and scrolls
 * to a span, as citation marks use it), where it came from, and its copies and translations.
 */
import { useEffect, useState } from 'react';
import { api, useApi } from '../api/client.ts';
import type { ArticleDetail, StoryAnswer } from '../api/wire.ts';
import { FactPanel } from '../article/fact-panel.tsx';
import { MarkedText, type FactKind } from '../article/marked-text.tsx';
import { ArticleRelations } from '../article/relations.tsx';
import { Link, paths, useLocation } from '../router.tsx';
import { formatDate } from '../ui/dates.ts';
import { LangBadge, langAttr, languageName } from '../ui/lang.tsx';
import { Await } from '../ui/status.tsx';
import { useTitle } from '../ui/title.ts';

const KINDS: Array<[FactKind, string]> = [['entity', 'Names'], ['quote', 'Quotes'], ['figure', 'Figures'], ['date', 'Dates'], ['provenance', 'Provenance']];

function parseMark(raw: string | null, length: number): { start: number; end: number } | null {
  const m = raw ? /^(\d+)-(\d+)$/.exec(raw) : null;
  if (!m) return null;
  const start = +m[1]!;
  const end = Math.min(+m[2]!, length);
  return end > start ? { start, end } : null;
}

/** Only http(s) addresses become links: a stored `javascript:` or `data:` URL stays text. */
function WebLink({ url }: { url: string }) {
  let safe = false;
  try {
    safe = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch { /* not a URL */ }
  return safe ? <a href={url} rel="noopener noreferrer" target="_blank">{url}</a> : <span>{url}</span>;
}

function Article({ a, target }: { a: ArticleDetail; target: { start: number; end: number } | null }) {
  const [hidden, setHidden] = useState<Set<FactKind>>(new Set());
  const story = useApi<StoryAnswer>(api.story(a.story));
  const lang = langAttr(a.lang.code);
  useEffect(() => {
    if (target) document.getElementById('target')?.scrollIntoView({ block: 'center' });
  }, [a.id, target?.start, target?.end]);
  const toggle = (k: FactKind) => setHidden((h) => {
    const n = new Set(h);
    if (n.has(k)) n.delete(k);
    else n.add(k);
    return n;
  });
  return (
    <>
      <dl className="article-meta">
        {a.source && <><dt>Source</dt><dd>{a.source}</dd></>}
        {a.byline && <><dt>By</dt><dd>{a.byline}</dd></>}
        <dt>Published</dt><dd>{formatDate(a.published)}{a.reportDate && a.reportDate !== a.published && <> (reports from {formatDate(a.reportDate)}{a.published ? '' : ', inferred from its text'})</>}</dd>
        <dt>Language</dt>
        <dd>
          <LangBadge code={a.lang.code} /> {languageName(a.lang.code)}, {Math.round(a.lang.confidence * 100)} % sure
          {a.lang.second && <> (also {Math.round(a.lang.second.share * 100)} % {languageName(a.lang.second.code)})</>}
        </dd>
        {a.url && <><dt>Address</dt><dd><WebLink url={a.url} /></dd></>}
        <dt>Story</dt><dd><Link to={paths.story(a.story)}>{story.state === 'ok' ? (story.data.title ?? a.story) : a.story}</Link> (<Link to={paths.topic(a.topic)}>topic {a.topic}</Link>)</dd>
        <dt>Id</dt><dd><code>{a.id}</code></dd>
      </dl>
      <fieldset className="legend">
        <legend>Highlight</legend>
        {KINDS.map(([k, label]) => (
          <label key={k} className={`key ${k}`}>
            <input type="checkbox" checked={!hidden.has(k)} onChange={() => toggle(k)} /> {label}
          </label>
        ))}
      </fieldset>
      <div className="article-layout">
        <div className={[...hidden].map((k) => `hide-${k}`).join(' ')}>
          <MarkedText article={a} target={target} lang={lang} />
        </div>
        <FactPanel article={a} lang={lang} />
      </div>
      <ArticleRelations article={a} story={story.state === 'ok' ? story.data : null} />
      {a.messages.length > 0 && (
        <details className="messages">
          <summary>Notes from the analysis ({a.messages.length})</summary>
          <ul>{a.messages.map((m, i) => <li key={i}><code>{m.stage}/{m.code}</code> {m.message}</li>)}</ul>
        </details>
      )}
    </>
  );
}

export function ArticlePage({ id }: { id: string }) {
  const { query } = useLocation();
  const article = useApi<ArticleDetail>(api.article(id));
  const a = article.state === 'ok' ? article.data : null;
  useTitle(a ? (a.title ?? `Article ${a.id}`) : 'Article');
  return (
    <>
      <h1 tabIndex={-1} lang={a ? langAttr(a.lang.code) : undefined}>{a ? (a.title ?? `Untitled article ${a.id}`) : 'Article'}</h1>
      <Await loaded={article} what="article">{(data) => <Article a={data} target={parseMark(query.get('mark'), data.text.length)} />}</Await>
    </>
  );
}
