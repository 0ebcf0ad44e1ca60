/**
 * The timeline: what happened when (event time) beside when sources reported it (report time), in
 * date order. Two lanes on wide screens; one list with a label on each entry on narrow ones.
 */
import type { TimelineEntry } from '../../../src/briefing/briefing.ts';
import { formatDate } from '../ui/dates.ts';
import { langAttr } from '../ui/lang.tsx';
import { Empty } from '../ui/status.tsx';
import { SourceRef } from './source-ref.tsx';
import type { StoryView } from './story-view.ts';

const ROLE = { event: 'Event', report: 'Reported' } as const;

export function Timeline({ view, entries }: { view: StoryView; entries: readonly TimelineEntry[] }) {
  if (entries.length === 0) return <Empty>No dates were found in this story's articles.</Empty>;
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date) || (a.role === b.role ? 0 : a.role === 'event' ? -1 : 1));
  return (
    <>
      <div className="lane-heads" aria-hidden="true"><span>Event time</span><span>Report time</span></div>
      <ol className="timeline">
        {sorted.map((e, i) => (
          <li key={i} className={`role-${e.role}`}>
            <time dateTime={e.date}>{formatDate(e.date)}</time>
            <span className={`badge ${e.role}`}>{ROLE[e.role]}</span>
            <span className="what" lang={langAttr(view.byArticle.get(e.article)?.lang)}>{e.text}</span>{' '}
            <SourceRef view={view} article={e.article} span={e} />
          </li>
        ))}
      </ol>
    </>
  );
}
