/** The sources: numbered as the citation marks number them, with language, date, relation and stated provenance. */
import type { BriefingSource } from '../api/wire.ts';
import { Link, paths } from '../router.tsx';
import { formatDate } from '../ui/dates.ts';
import { LangBadge, langAttr } from '../ui/lang.tsx';
import { RELATION_LABEL, sourceName, type StoryView } from './story-view.ts';

/** The outlet, or the web host when only an address is known; null when the article names neither. */
function outlet(s: BriefingSource): string | null {
  return s.source || s.url ? sourceName({ ...s, title: null }) : null;
}

export function Sources({ view }: { view: StoryView }) {
  return (
    <ol className="sources">
      {view.briefing.sources.map((s) => {
        const n = view.number.get(s.article);
        const of = s.relation ? view.byArticle.get(s.relation.of) : undefined;
        return (
          <li key={s.article} id={`source-${n}`}>
            <span className="num" aria-hidden="true">[{n}]</span>
            <div>
              <Link to={paths.article(s.article)} lang={langAttr(s.lang)}>{s.title ?? s.article}</Link> <LangBadge code={s.lang} />
              <p className="source-line">
                {outlet(s) && <><span className="source-name">{outlet(s)}</span> · </>}
                {formatDate(s.published)} ·{' '}
                {s.relation ? (
                  <>
                    <span className={`rel ${s.relation.kind}`}>{RELATION_LABEL[s.relation.kind]}</span> of{' '}
                    <Link to={paths.article(s.relation.of)}>[{view.number.get(s.relation.of) ?? '?'}]{of ? '' : ` ${s.relation.of}`}</Link>{' '}
                    (score {s.relation.score.toFixed(2)})
                  </>
                ) : 'original report'}
                {s.provenance.length > 0 && <> · says it comes from {s.provenance.join('; ')}</>}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
