/**
 * The sources as a small graph: one row per independent report, its original on the left and the
 * copies and translations of it to the right, joined by arrows whose line style names the relation.
 * Every node is a link to its article; the numbered list beside it says the same in words.
 */
import type { BriefingSource } from '../api/wire.ts';
import { navigate, paths } from '../router.tsx';
import { languageName } from '../ui/lang.tsx';
import { RELATION_LABEL, sourceName, type StoryView } from './story-view.ts';
import { clip } from '../ui/words.ts';

const W = 190;
const H = 40;
const COL_GAP = 64;
const ROW_GAP = 14;

interface Placed { s: BriefingSource; col: number; row: number }

export function layout(sources: readonly BriefingSource[]): { nodes: Placed[]; rows: number; cols: number } {
  const ids = new Set(sources.map((s) => s.article as string));
  const children = new Map<string, BriefingSource[]>();
  const roots: BriefingSource[] = [];
  for (const s of sources) {
    const of = s.relation?.of;
    if (of && ids.has(of) && of !== s.article) children.set(of, [...(children.get(of) ?? []), s]);
    else roots.push(s);
  }
  const nodes: Placed[] = [];
  const seen = new Set<string>();
  let nextRow = 0;
  const place = (s: BriefingSource, col: number, row: number): void => {
    seen.add(s.article);
    nodes.push({ s, col, row });
    nextRow = Math.max(nextRow, row + 1);
    (children.get(s.article) ?? []).forEach((c, i) => {
      if (!seen.has(c.article)) place(c, col + 1, i === 0 ? row : nextRow);
    });
  };
  for (const r of roots) place(r, 0, nextRow);
  // A cycle of relations (never expected) would leave members unplaced: they get rows of their own.
  for (const s of sources) if (!seen.has(s.article)) place(s, 0, nextRow);
  return { nodes, rows: nextRow, cols: Math.max(1, ...nodes.map((n) => n.col + 1)) };
}

export function SourcesGraph({ view }: { view: StoryView }) {
  const { nodes, rows, cols } = layout(view.briefing.sources);
  const at = new Map(nodes.map((n) => [n.s.article as string, n]));
  const x = (col: number) => 8 + col * (W + COL_GAP);
  const y = (row: number) => 8 + row * (H + ROW_GAP);
  const width = 16 + cols * W + (cols - 1) * COL_GAP;
  const height = 16 + rows * H + (rows - 1) * ROW_GAP;
  const related = nodes.filter((n) => n.s.relation && at.has(n.s.relation.of));
  return (
    <figure className="graph">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-label="Sources and how they copy or translate one another">
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0 10 5 0 10z" className="arrowhead" />
          </marker>
        </defs>
        {related.map((n) => {
          const p = at.get(n.s.relation!.of)!;
          const x1 = x(p.col) + W;
          const y1 = y(p.row) + H / 2;
          const x2 = x(n.col);
          const y2 = y(n.row) + H / 2;
          const mid = (x1 + x2) / 2;
          return (
            <g key={n.s.article} className={`edge ${n.s.relation!.kind}`}>
              <path d={`M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${x2 - 2} ${y2}`} markerEnd="url(#arrow)" />
              <text x={mid} y={(y1 + y2) / 2 - 4} textAnchor="middle">{RELATION_LABEL[n.s.relation!.kind]}</text>
            </g>
          );
        })}
        {nodes.map((n) => {
          const num = view.number.get(n.s.article);
          const label = `Source ${num}: ${sourceName(n.s)}, ${languageName(n.s.lang)}${n.s.relation ? `, ${RELATION_LABEL[n.s.relation.kind]} of source ${view.number.get(n.s.relation.of) ?? '?'}` : ', original report'}`;
          const href = paths.article(n.s.article);
          return (
            <a key={n.s.article} href={href} aria-label={label} className={`node ${n.s.relation ? 'derived' : 'original'}`}
              onClick={(e) => { if (e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey) { e.preventDefault(); navigate(href); } }}>
              <title>{label}</title>
              <rect x={x(n.col)} y={y(n.row)} width={W} height={H} rx={6} />
              <text x={x(n.col) + 10} y={y(n.row) + 17} className="node-title">[{num}] {n.s.lang}</text>
              <text x={x(n.col) + 10} y={y(n.row) + 32} className="node-sub">{clip(sourceName(n.s), 24)}</text>
            </a>
          );
        })}
      </svg>
      <figcaption>
        <span className="key original">original report</span>
        <span className="key translation">translation</span>
        <span className="key near-duplicate">near-copy</span>
        <span className="key duplicate">copy</span>
      </figcaption>
    </figure>
  );
}
