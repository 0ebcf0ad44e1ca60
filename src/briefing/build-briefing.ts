/**
 * The briefing of one story from its stored members: pure, so that the CLI, the HTTP API and the web UI
 * show the same thing.
 */
import { factsOf } from '../facts/fact.ts';
import type { ArticleDetail, StorySummary } from '../store/store.ts';
import type { Briefing, BriefingSource } from './briefing.ts';
import { factLedger } from './fact-ledger.ts';
import { keyPeople } from './key-people.ts';
import { memberViews } from './member-view.ts';
import { summarize } from './summarize.ts';
import { timeline } from './timeline.ts';

export function buildBriefing(story: StorySummary, members: readonly ArticleDetail[]): Briefing {
  const views = memberViews([...members].sort((a, b) => a.seq - b.seq));
  const sources: BriefingSource[] = views.map((m) => ({
    article: m.id,
    title: m.title,
    lang: m.lang,
    source: m.source,
    url: m.url,
    published: m.published ?? m.reportDate,
    relation: m.relation && { kind: m.relation.kind, of: m.relation.of, score: Math.round(m.relation.score * 1000) / 1000 },
    provenance: factsOf(m.facts, 'provenance').map((p) => p.source),
    report: m.report,
  }));
  const dates = sources.map((s) => s.published).filter((d): d is string => d !== null).sort();
  return {
    id: story.id,
    topic: story.topic,
    title: story.title,
    summary: summarize(views),
    timeline: timeline(views),
    people: keyPeople(views),
    ledger: factLedger(views),
    sources,
    articles: views.length,
    independentReports: new Set(views.map((m) => m.report)).size,
    languages: [...new Set(views.map((m) => m.lang))].sort(),
    earliest: dates[0] ?? null,
    latest: dates[dates.length - 1] ?? null,
  };
}
