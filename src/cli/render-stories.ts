import type { ArticleRow, StorySummary } from '../store/store.ts';

function mark(a: ArticleRow): string {
  const r = a.relation;
  if (!r) return '';
  const pct = `${Math.round(r.score * 100)}%`;
  if (r.kind === 'duplicate') return `  [duplicate of ${r.of}]`;
  if (r.kind === 'near-duplicate') return `  [near-duplicate of ${r.of}, ${Math.round(r.evidence.containment * 100)}% shared]`;
  return `  [translation of ${r.of} (${r.evidence.languages.join('→')}), ${pct}]`;
}

function span(s: StorySummary): string {
  if (!s.earliest) return '';
  const a = s.earliest.slice(0, 10);
  const b = (s.latest ?? s.earliest).slice(0, 10);
  return a === b ? `, ${a}` : `, ${a} – ${b}`;
}

/** The stories as a person reads them on a terminal: grouped by topic, members with their relations. */
export async function renderStories(stories: readonly StorySummary[], members: (s: StorySummary) => Promise<ArticleRow[]>): Promise<string> {
  const byTopic = new Map<string, StorySummary[]>();
  for (const s of stories) {
    const list = byTopic.get(s.topic) ?? [];
    list.push(s);
    byTopic.set(s.topic, list);
  }
  const out: string[] = [];
  const topicCount = byTopic.size;
  out.push(`${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} in ${topicCount} topic${topicCount === 1 ? '' : 's'}`);
  for (const [topic, list] of byTopic) {
    out.push('', `topic ${topic}${list.length > 1 ? ` (${list.length} events)` : ''}`);
    for (const s of list) {
      out.push(`  ${s.id}  ${s.title ?? '(untitled)'}`);
      out.push(`    ${s.articles} article${s.articles === 1 ? '' : 's'}, ${s.independent} independent report${s.independent === 1 ? '' : 's'}, languages: ${s.languages.join(', ')}${span(s)}`);
      for (const a of await members(s)) out.push(`    - ${a.id} (${a.lang.code})${a.title ? ` ${a.title}` : ''}${mark(a)}`);
    }
  }
  return out.join('\n');
}
