/** The story page's reading of `GET /api/stories/{id}`: the briefing, with its sources numbered for citation. */
import type { Briefing, BriefingSource, Relation, StoryAnswer } from '../api/wire.ts';

export interface StoryView {
  briefing: Briefing;
  /** 1-based citation number of each source, by article id. */
  number: Map<string, number>;
  byArticle: Map<string, BriefingSource>;
  /** The full relation of each member that copies or translates another, with its evidence. */
  evidence: Map<string, Relation>;
}

export function storyView(answer: StoryAnswer): StoryView {
  return {
    briefing: answer,
    number: new Map(answer.sources.map((s, i) => [s.article as string, i + 1])),
    byArticle: new Map(answer.sources.map((s) => [s.article as string, s])),
    evidence: new Map((answer.members ?? []).flatMap((m) => (m.relation ? [[m.id, m.relation as Relation] as const] : []))),
  };
}

/** How a source is named: its outlet, else its web host, else its title, else its id. */
export function sourceName(s: Pick<BriefingSource, 'source' | 'url' | 'title' | 'article'>): string {
  if (s.source) return s.source;
  if (s.url) {
    try {
      return new URL(s.url).hostname;
    } catch { /* not a URL: fall through */ }
  }
  return s.title ?? s.article;
}

export const RELATION_LABEL = { duplicate: 'copy', 'near-duplicate': 'near-copy', translation: 'translation' } as const;
