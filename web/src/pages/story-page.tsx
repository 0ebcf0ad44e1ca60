/** `/stories/{id}`: the briefing. */
import { api, useApi } from '../api/client.ts';
import type { StoryAnswer, StoryMember } from '../api/wire.ts';
import { Belonging } from '../story/belonging.tsx';
import { CoverageChart } from '../story/coverage-chart.tsx';
import { Ledger } from '../story/ledger.tsx';
import { People } from '../story/people.tsx';
import { Sources } from '../story/sources.tsx';
import { SourcesGraph } from '../story/sources-graph.tsx';
import { storyView, type StoryView } from '../story/story-view.ts';
import { Summary } from '../story/summary.tsx';
import { Timeline } from '../story/timeline.tsx';
import { Link, paths } from '../router.tsx';
import { formatSpan } from '../ui/dates.ts';
import { LangBadges, langAttr } from '../ui/lang.tsx';
import { Await, plural } from '../ui/status.tsx';
import { useTitle } from '../ui/title.ts';
import type { ReactNode } from 'react';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

const SECTIONS = [
  ['summary', 'Summary'], ['ledger', 'Fact ledger'], ['timeline', 'Timeline'], ['quotes', 'Quotes by speaker'],
  ['sources', 'Sources'], ['coverage', 'Coverage over time'], ['why', 'Why these belong together'],
] as const;

function Briefing({ view, members }: { view: StoryView; members: readonly StoryMember[] }) {
  const b = view.briefing;
  return (
    <>
      <p className="story-meta">
        <LangBadges codes={b.languages} />
        <span>{plural(b.articles, 'article')}</span>
        <span>{plural(b.independentReports, 'independent report')}</span>
        <span>{formatSpan(b.earliest, b.latest)}</span>
        <Link to={paths.topic(b.topic)}>topic {b.topic}</Link>
      </p>
      <nav aria-label="Sections of this briefing" className="toc">
        <ul>{SECTIONS.map(([id, title]) => <li key={id}><a href={`#${id}`}>{title}</a></li>)}</ul>
      </nav>
      <div className="briefing">
        <Section id="summary" title="Summary"><Summary view={view} sentences={b.summary} /></Section>
        <Section id="ledger" title="Fact ledger"><Ledger view={view} rows={b.ledger} /></Section>
        <Section id="timeline" title="Timeline"><Timeline view={view} entries={b.timeline} /></Section>
        <Section id="quotes" title="Quotes by speaker"><People view={view} people={b.people} /></Section>
        <Section id="sources" title="Sources">
          <div className="sources-grid">
            <Sources view={view} />
            <SourcesGraph view={view} />
          </div>
        </Section>
        <Section id="coverage" title="Coverage over time"><CoverageChart view={view} /></Section>
        <Section id="why" title="Why these belong together"><Belonging view={view} members={members} /></Section>
      </div>
    </>
  );
}

export function StoryPage({ id }: { id: string }) {
  const story = useApi<StoryAnswer>(api.story(id));
  const view = story.state === 'ok' ? storyView(story.data) : null;
  const title = view?.briefing.title ?? null;
  useTitle(title ?? 'Story');
  const lang = view && view.briefing.languages.length === 1 ? langAttr(view.briefing.languages[0]) : undefined;
  return (
    <>
      <h1 tabIndex={-1} lang={lang}>{view ? (title ?? `Untitled story ${id}`) : 'Story'}</h1>
      <Await loaded={story} what="story">{(data) => view && <Briefing view={view} members={data.members ?? []} />}</Await>
    </>
  );
}
