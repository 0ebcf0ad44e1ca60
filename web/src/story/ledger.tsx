/**
 * The fact ledger: every figure of the story, the values sources give and who gives each. Rows where
 * sources disagree are marked in words and colour, and listed first.
 */
import type { LedgerRow } from '../../../src/briefing/briefing.ts';
import { Link, paths } from '../router.tsx';
import { LangBadge, langAttr } from '../ui/lang.tsx';
import { Empty, plural } from '../ui/status.tsx';
import { formatFigure, formatSi } from './figures-format.ts';
import { SourceRef } from './source-ref.tsx';
import type { StoryView } from './story-view.ts';

const STATUS = { conflict: 'Sources disagree', agree: 'Sources agree', single: 'One source' } as const;
const ORDER = { conflict: 0, agree: 1, single: 2 } as const;

export function Ledger({ view, rows }: { view: StoryView; rows: readonly LedgerRow[] }) {
  if (rows.length === 0) return <Empty>No figures were found in this story's articles.</Empty>;
  const sorted = [...rows].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  const conflicts = rows.filter((r) => r.status === 'conflict').length;
  return (
    <>
      <p className="count">{plural(rows.length, 'figure')}; {conflicts === 0 ? 'no disagreement' : `${plural(conflicts, 'disagreement')}`} between sources.</p>
      <div className="table-wrap" role="region" aria-label="Fact ledger" tabIndex={0}>
        <table className="ledger">
          <caption className="visually-hidden">Figures reported in this story, the values given and the sources giving them</caption>
          <thead>
            <tr><th scope="col">What</th><th scope="col">Values and who gives them</th><th scope="col">Status</th></tr>
          </thead>
          <tbody>
            {sorted.map((row, i) => (
              <tr key={i} className={`status-${row.status}`}>
                <th scope="row">
                  <span className="about">{row.about ?? row.measure}</span>
                  {row.about && <span className="measure">{row.measure}</span>}
                </th>
                <td>
                  <ul className="values">
                    {row.values.map((v, j) => (
                      <li key={j}>
                        <strong className="value">{formatFigure(v)}</strong>
                        {formatSi(v) && <span className="si"> {formatSi(v)}</span>}
                        <span className="reports"> · {plural(v.reports, 'independent report')}</span>
                        <ul className="given">
                          {v.given.map((g, k) => (
                            <li key={k}>
                              <Link to={paths.article(g.article, g)} lang={langAttr(g.lang)}>“{g.text}”</Link>{' '}
                              <LangBadge code={g.lang} /> <SourceRef view={view} article={g.article} span={g} long />
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="status"><span className={`badge ${row.status}`}>{STATUS[row.status]}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
