/**
 * Why these articles belong together: the copies and translations among them, the people and places
 * several of them name, and, on request, how each article was placed (through a relation, by its
 * similarity to the story, or as the article that founded it) with the nearest story it was not put in.
 */
import { useState } from 'react';
import { api, getJson } from '../api/client.ts';
import type { ArticleDetail, StoryMember } from '../api/wire.ts';
import { Link, paths } from '../router.tsx';
import { plural } from '../ui/status.tsx';
import { Evidence } from '../article/relations.tsx';
import { ServerNotes } from './server-notes.tsx';
import { SourceRef } from './source-ref.tsx';
import { RELATION_LABEL, type StoryView } from './story-view.ts';

type Placements = { state: 'idle' | 'loading' } | { state: 'error'; message: string } | { state: 'ok'; rows: ArticleDetail[] };

const VIA = { relation: 'joined through its relation', similarity: 'joined by similarity', new: 'founded the story' } as const;

async function loadAll(ids: readonly string[]): Promise<ArticleDetail[]> {
  const out: ArticleDetail[] = new Array(ids.length);
  let next = 0;
  // A few at a time: a story of a hundred articles should not open a hundred requests at once.
  const worker = async () => {
    while (next < ids.length) {
      const i = next++;
      out[i] = await getJson<ArticleDetail>(api.article(ids[i]!));
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, ids.length) }, worker));
  return out;
}

export function Belonging({ view, members }: { view: StoryView; members: readonly StoryMember[] }) {
  const { sources, people, articles, independentReports } = view.briefing;
  const [placements, setPlacements] = useState<Placements>({ state: 'idle' });
  const shared = people.filter((p) => p.articles > 1).slice(0, 12);
  const related = sources.filter((s) => s.relation);
  const load = () => {
    setPlacements({ state: 'loading' });
    loadAll(sources.map((s) => s.article)).then(
      (rows) => setPlacements({ state: 'ok', rows }),
      (e: Error) => setPlacements({ state: 'error', message: e.message }),
    );
  };
  return (
    <>
      <p>{plural(articles, 'article')}, {plural(independentReports, 'independent report')}.</p>
      {related.length > 0 && (
        <ul className="reasons">
          {related.map((s) => (
            <li key={s.article}>
              <SourceRef view={view} article={s.article} long /> is a {RELATION_LABEL[s.relation!.kind]} of <SourceRef view={view} article={s.relation!.of} long />{' '}
              (score {s.relation!.score.toFixed(2)}{view.evidence.has(s.article) && <>: <Evidence r={view.evidence.get(s.article)!} /></>})
            </li>
          ))}
        </ul>
      )}
      {shared.length > 0 && (
        <p>Named in more than one article: {shared.map((p, i) => (
          <span key={p.entity}>{i > 0 && ', '}<Link to={paths.entity(p.entity)}>{p.name}</Link> ({p.articles})</span>
        ))}.</p>
      )}
      <ServerNotes view={view} members={members} />
      {placements.state === 'idle' && <button type="button" onClick={load}>Show how each article was placed</button>}
      {placements.state === 'loading' && <p role="status">Loading the placement of each article…</p>}
      {placements.state === 'error' && <p role="alert">Could not load the placements: {placements.message}</p>}
      {placements.state === 'ok' && (
        <div className="table-wrap" role="region" aria-label="Placement of each article" tabIndex={0}>
          <table>
            <thead><tr><th scope="col">Source</th><th scope="col">How it was placed</th><th scope="col">Score</th><th scope="col">Nearest other story</th></tr></thead>
            <tbody>
              {placements.rows.map((a) => (
                <tr key={a.id}>
                  <th scope="row"><SourceRef view={view} article={a.id} long /></th>
                  <td>{VIA[a.placement.via]}</td>
                  <td>{a.placement.via === 'new' ? '—' : a.placement.score.toFixed(2)}</td>
                  <td>{a.placement.runnerUp ? <><Link to={paths.story(a.placement.runnerUp.story)}>{a.placement.runnerUp.story}</Link> ({a.placement.runnerUp.score.toFixed(2)})</> : 'none'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
