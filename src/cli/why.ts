import { articleId, type ArticleId, type StoryId } from '../article.ts';
import type { Placement } from '../cluster/corpus.ts';
import type { SharedFeature } from '../cluster/explain.ts';
import type { Relation } from '../relate/relation.ts';
import type { StoryHistoryEntry, Store } from '../store/store.ts';
import { UsageError } from './usage-error.ts';

/** Why an article is in its story: how it was placed, and what the merge/split pass did with it since. */
export interface ArticleWhy {
  article: { id: ArticleId; lang: string; title: string | null };
  story: { id: StoryId; title: string | null; topic: string };
  placement: Placement;
  /** The recorded changes that moved it (or its story) from where it was placed to where it is, in order. */
  since: StoryHistoryEntry[];
}

/** Follows the article from the story it was placed in through the recorded changes that moved it. */
export async function articleWhy(store: Store, id: string): Promise<ArticleWhy | null> {
  const a = await store.article(articleId(id));
  if (!a) return null;
  const since: StoryHistoryEntry[] = [];
  let current = a.placement.story;
  let last = 0;
  for (let moved = true; moved;) {
    moved = false;
    for (const e of await store.storyHistory(current)) {
      if (e.seq <= last) continue;
      if ((e.kind === 'topic' || e.kind === 'regroup' || e.kind === 'close') && e.story === current) {
        since.push(e);
        last = e.seq;
      } else if ((e.kind === 'merge' && e.from === current) || (e.kind === 'move' && e.from === current && e.articles.includes(a.id))) {
        since.push(e);
        last = e.seq;
        current = e.into;
        moved = true;
        break;
      }
    }
  }
  const story = await store.story(a.story);
  return {
    article: { id: a.id, lang: a.lang.code, title: a.title },
    story: { id: a.story, title: story?.title ?? null, topic: a.topic },
    placement: a.placement,
    since,
  };
}

const KIND_NAMES: Record<SharedFeature['kind'], string> = {
  name: 'names', place: 'places', number: 'numbers', year: 'years', acronym: 'acronyms', pivot: 'words (through English)', term: 'words',
};

function sharedLines(shared: readonly SharedFeature[], indent: string): string[] {
  const byKind = new Map<SharedFeature['kind'], SharedFeature[]>();
  for (const f of shared) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  return (Object.keys(KIND_NAMES) as Array<SharedFeature['kind']>)
    .filter((k) => byKind.has(k))
    .map((k) => `${indent}${KIND_NAMES[k]}: ${byKind.get(k)!.map((f) => `${f.key} ${f.weight.toFixed(3)}`).join(', ')}`);
}

function relationLine(r: Relation): string {
  if (r.kind === 'duplicate') return `an exact copy of ${r.of}`;
  if (r.kind === 'near-duplicate') return `a near-copy of ${r.of} (score ${r.score.toFixed(2)}: ${r.evidence.sharedShingles} shared 5-word runs, containment ${r.evidence.containment.toFixed(2)})`;
  const e = r.evidence;
  return `a translation of ${r.of} (${e.languages.join('→')}, score ${r.score.toFixed(2)}: ${e.paragraphs[0]} paragraphs, shape ${e.shape.toFixed(2)}; `
    + `${e.sharedAnchors.length} shared anchors, ${Math.round(e.alignment * 100)}% in the same paragraphs: ${e.sharedAnchors.join(', ')})`;
}

function changeLine(e: StoryHistoryEntry): string {
  if (e.kind === 'topic') return `its story moved from topic ${e.from} to ${e.into} (the topics' profiles met at ${e.score.toFixed(2)})`;
  if (e.kind === 'regroup') {
    return e.score > 0
      ? `its story is reported under topic ${e.into}, not ${e.from}: its leads report the same kind of news as that topic's stories (mean similarity at least ${e.score.toFixed(2)})`
      : `its story is reported under topic ${e.into}, where most stories of the topic it was placed in (${e.from}) are`;
  }
  if (e.kind === 'close') return `its story was closed: no article had joined it for ${e.score} arrivals, and a later report of its event starts a new story`;
  if (e.kind === 'merge') return `its story ${e.from} was merged into the older ${e.into} (mean similarity ${e.score.toFixed(2)} with the topic's own weights)`;
  return `it moved from ${e.from} to ${e.created ? 'the new story ' : ''}${e.into} with ${e.articles.length - 1} other article(s) (mean similarity ${e.score.toFixed(2)})`;
}

export function renderWhy(w: ArticleWhy): string {
  const p = w.placement;
  const x = p.explanation;
  const lines = [`${w.article.id} (${w.article.lang})${w.article.title ? ` "${w.article.title}"` : ''}`, `is in story ${w.story.id}${w.story.title ? ` "${w.story.title}"` : ''}, topic ${w.story.topic}`, ''];
  if (p.via === 'relation' && p.relation) lines.push(`It joined ${p.story} as ${relationLine(p.relation)}.`);
  else if (p.via === 'similarity') lines.push(`It joined ${p.story}: mean similarity ${p.score.toFixed(3)} to its articles, at or above the story threshold.`);
  else lines.push(`It founded ${p.story}: no story was similar enough${p.runnerUp ? ` (the nearest scored ${p.runnerUp.score.toFixed(3)})` : ''}.`);
  if (x) {
    if (x.shared.length > 0) lines.push('What it shares with that story (parts of the score):', ...sharedLines(x.shared, '  '));
    if (x.daysApart !== null) lines.push(`  days between it and the story's dated articles: ${x.daysApart}`);
    if (x.topic) lines.push(`Its story was put under topic ${x.topic.id} (profile similarity ${x.topic.score.toFixed(3)}):`, ...sharedLines(x.topic.shared, '  '));
    else if (p.via === 'new') lines.push(`Its story opened topic ${p.topic}: no topic was similar enough.`);
    if (x.runnerUp) lines.push(`Nearest story it was not put in: ${x.runnerUp.story} (score ${x.runnerUp.score.toFixed(3)}), sharing:`, ...(x.runnerUp.shared.length ? sharedLines(x.runnerUp.shared, '  ') : ['  nothing']));
    else lines.push('No other story was a candidate.');
  }
  if (w.since.length > 0) lines.push('Since then, the merge/split pass:', ...w.since.map((e) => `  ${changeLine(e)}`));
  return lines.join('\n');
}

/** `parallax why ARTICLE_ID [--json]`. */
export async function whyCommand(store: Store, id: string, json: boolean, out: NodeJS.WritableStream): Promise<number> {
  const w = await articleWhy(store, id);
  if (!w) throw new UsageError(`no article "${id}"; "parallax export articles" lists them`);
  out.write(json ? `${JSON.stringify(w, null, 2)}\n` : `${renderWhy(w)}\n`);
  return 0;
}
