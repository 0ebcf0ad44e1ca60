/**
 * An article's place among the others: what it copies or translates (with the evidence), which
 * members of its story copy or translate it, and how it was placed in its story.
 */
import type { ArticleDetail, Relation, StoryAnswer } from '../api/wire.ts';
import { Link, paths } from '../router.tsx';
import { LangBadge } from '../ui/lang.tsx';
import { RELATION_LABEL } from '../story/story-view.ts';

interface Member { id: string; title: string | null; lang: string; relation: { kind: Relation['kind']; of: string; score: number } | null }

const membersOf = (story: StoryAnswer): Member[] => story.sources.map((s) => ({ id: s.article, title: s.title, lang: s.lang, relation: s.relation }));

export function Evidence({ r }: { r: Relation }) {
  if (r.kind === 'duplicate') return <>the same body, word for word</>;
  if (r.kind === 'near-duplicate') {
    const e = r.evidence;
    return <>{Math.round(e.containment * 100)} % of the shorter text's word sequences shared ({e.sharedShingles}); Jaccard {e.jaccard.toFixed(2)}</>;
  }
  const e = r.evidence;
  return (
    <>
      {e.paragraphs[0]} and {e.paragraphs[1]} paragraphs of matching lengths (shape {e.shape.toFixed(2)});
      {' '}{Math.round(e.alignment * 100)} % of the shared names and numbers in the same paragraph on both sides
      {e.sharedAnchors.length > 0 && <>: {e.sharedAnchors.map((s) => s.replace(/^\w+:/, '')).join(', ')}</>}
    </>
  );
}

const VIA = { relation: 'through its relation to another member', similarity: 'by its similarity to the story', new: 'as the first article of a new story' } as const;

export function ArticleRelations({ article, story }: { article: ArticleDetail; story: StoryAnswer | null }) {
  const members = story ? membersOf(story) : [];
  const name = (id: string) => members.find((m) => m.id === id)?.title ?? id;
  const derived = members.filter((m) => m.relation?.of === article.id);
  const p = article.placement;
  return (
    <section className="relations" aria-labelledby="relations-h">
      <h2 id="relations-h">Copies and translations</h2>
      {article.relation ? (
        <p>
          This article is a <strong>{RELATION_LABEL[article.relation.kind]}</strong> of{' '}
          <Link to={paths.article(article.relation.of)}>{name(article.relation.of)}</Link> (score {article.relation.score.toFixed(2)}): <Evidence r={article.relation} />.
        </p>
      ) : <p>This article copies or translates no earlier article: it is an original report.</p>}
      {derived.length > 0 ? (
        <ul>
          {derived.map((m) => (
            <li key={m.id}>
              <LangBadge code={m.lang} /> <Link to={paths.article(m.id)}>{m.title ?? m.id}</Link> is a {RELATION_LABEL[m.relation!.kind]} of it (score {m.relation!.score.toFixed(2)})
            </li>
          ))}
        </ul>
      ) : story && <p>No other article of its story copies or translates it.</p>}
      <p className="placement">
        Placed in its story {VIA[p.via]}{p.via !== 'new' && ` (score ${p.score.toFixed(2)})`}
        {p.runnerUp && <>; the nearest other story was <Link to={paths.story(p.runnerUp.story)}>{p.runnerUp.story}</Link> ({p.runnerUp.score.toFixed(2)})</>}.
      </p>
    </section>
  );
}
