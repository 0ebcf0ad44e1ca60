/** The summary: each sentence followed by citation marks that open the cited articles. */
import type { SummarySentence } from '../../../src/briefing/briefing.ts';
import { langAttr } from '../ui/lang.tsx';
import { Empty, plural } from '../ui/status.tsx';
import { SourceRef } from './source-ref.tsx';
import type { StoryView } from './story-view.ts';

export function Summary({ view, sentences }: { view: StoryView; sentences: readonly SummarySentence[] }) {
  if (sentences.length === 0) return <Empty>No summary: no sentence of this story could be selected.</Empty>;
  return (
    <ol className="summary">
      {sentences.map((s, i) => {
        const first = view.byArticle.get(s.cites[0] ?? '');
        return (
          <li key={i}>
            <span lang={langAttr(first?.lang)}>{s.text}</span>{' '}
            <span className="cites">
              {s.cites.map((a) => <SourceRef key={a} view={view} article={a} />)}
            </span>{' '}
            <span className="support">{plural(s.support, 'independent report')}</span>
          </li>
        );
      })}
    </ol>
  );
}
