/** Coverage over time per language, as stacked bars; the same numbers follow as a table for screen readers. */
import { formatDate } from '../ui/dates.ts';
import { languageName } from '../ui/lang.tsx';
import { Empty, plural } from '../ui/status.tsx';
import { coverage } from './coverage.ts';
import type { StoryView } from './story-view.ts';

/** Distinguishable for the common kinds of colour blindness (Okabe–Ito), then further hues. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8C6D1F', '#000000', '#7F7F7F', '#882255', '#44AA99', '#999933'];

export function CoverageChart({ view }: { view: StoryView }) {
  const c = coverage(view.briefing.sources, view.briefing.languages);
  const colour = (i: number) => PALETTE[i % PALETTE.length]!;
  const undatedCount = [...c.undated.values()].reduce((a, b) => a + b, 0);
  const W = 640;
  const H = 180;
  const left = 28;
  const bottom = 24;
  const plotW = W - left - 8;
  const plotH = H - bottom - 10;
  const bw = c.buckets.length > 0 ? plotW / c.buckets.length : 0;
  const label = (b: string) => (c.unit === 'month' ? formatDate(b) : c.unit === 'week' ? `week of ${formatDate(b)}` : formatDate(b));
  return (
    <figure className="coverage">
      {c.buckets.length === 0 ? (
        <Empty>No source of this story gives a publication date, so its coverage cannot be placed in time.</Empty>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Articles per ${c.unit} and language, ${label(c.buckets[0]!)} to ${label(c.buckets[c.buckets.length - 1]!)}`}>
          <line x1={left} y1={10 + plotH} x2={W - 8} y2={10 + plotH} className="axis" />
          <text x={left - 6} y={14} textAnchor="end" className="tick">{c.max}</text>
          <text x={left - 6} y={10 + plotH} textAnchor="end" className="tick">0</text>
          {c.counts.map((row, i) => {
            let y = 10 + plotH;
            return (
              <g key={c.buckets[i]}>
                <title>{`${label(c.buckets[i]!)}: ${row.map((n, j) => (n ? `${n} ${c.languages[j]}` : '')).filter(Boolean).join(', ') || 'none'}`}</title>
                {row.map((n, j) => {
                  if (!n) return null;
                  const h = (n / c.max) * plotH;
                  y -= h;
                  return <rect key={j} x={left + i * bw + bw * 0.1} y={y} width={Math.max(1, bw * 0.8)} height={h} fill={colour(j)} />;
                })}
              </g>
            );
          })}
          <text x={left} y={H - 6} className="tick">{label(c.buckets[0]!)}</text>
          {c.buckets.length > 1 && <text x={W - 8} y={H - 6} textAnchor="end" className="tick">{label(c.buckets[c.buckets.length - 1]!)}</text>}
        </svg>
      )}
      <figcaption>
        <ul className="legend">
          {c.languages.map((l, j) => (
            <li key={l}><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill={colour(j)} /></svg> {languageName(l)} ({l})</li>
          ))}
        </ul>
        {undatedCount > 0 && <p>{plural(undatedCount, 'article')} without a publication date: {[...c.undated].map(([l, n]) => `${n} ${l}`).join(', ')}.</p>}
      </figcaption>
      {c.buckets.length > 0 && (
        <details>
          <summary>Coverage as a table</summary>
          <div className="table-wrap" role="region" aria-label="Coverage table" tabIndex={0}>
            <table>
              <thead><tr><th scope="col">{c.unit}</th>{c.languages.map((l) => <th key={l} scope="col">{l}</th>)}</tr></thead>
              <tbody>
                {c.counts.map((row, i) => (
                  <tr key={c.buckets[i]}><th scope="row">{label(c.buckets[i]!)}</th>{row.map((n, j) => <td key={j}>{n}</td>)}</tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
