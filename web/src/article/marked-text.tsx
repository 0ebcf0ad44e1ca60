/**
 * An article's text with its facts highlighted: entity names link to their entity pages; quotes,
 * figures, dates and statements of provenance are marked, each with a tooltip that says what was
 * read from it. Everything is rendered as text nodes: stored content never becomes markup.
 */
import { Fragment, type ReactNode } from 'react';
import type { ArticleDetail, Fact } from '../api/wire.ts';
import { Link, paths } from '../router.tsx';
import { formatFigure } from '../story/figures-format.ts';
import { nestSpans, type Span, type SpanNode } from './spans.ts';
import { ENTITY_TYPE } from '../ui/words.ts';

export type FactKind = Fact['kind'];
type Paragraph = ArticleDetail['paragraphs'][number];

export type Mark =
  | { kind: 'paragraph'; paragraph: Paragraph; index: number }
  | { kind: 'target' }
  | { kind: 'fact'; fact: Fact; index: number };

const RANK: Record<FactKind, number> = { quote: 2, provenance: 3, date: 4, figure: 5, entity: 6 };

export function describe(f: Fact): string {
  switch (f.kind) {
    case 'entity': return `${ENTITY_TYPE[f.type]}: ${f.entity}${f.role ? ` (${f.role})` : ''}`;
    case 'quote': return `${f.direct ? 'quote' : 'reported speech'} by ${f.speakerText ?? 'an unknown speaker'}${f.cue ? ` (“${f.cue}”)` : ''}`;
    case 'figure': return `${f.measure}: ${formatFigure(f)}${f.about ? ` of ${f.about}` : ''}`;
    case 'date': return `${f.role === 'unknown' ? 'date' : `${f.role} date`}: ${f.value ?? 'unresolved'}${f.relative ? ' (relative)' : ''}`;
    case 'provenance': return `provenance (${f.via}): ${f.source}`;
  }
}

function FactElement({ fact, index, first, inLink, children }: { fact: Fact; index: number; first: boolean; inLink: boolean; children: ReactNode }) {
  const common = {
    className: `fact ${fact.kind}${fact.kind === 'entity' ? ` ${fact.type.toLowerCase()}` : ''}${fact.kind === 'date' ? ` ${fact.role}` : ''}`,
    'data-kind': fact.kind,
    'data-start': fact.start,
    'data-end': fact.end,
    title: describe(fact),
    ...(first ? { id: `f${index}` } : {}),
  };
  if (fact.kind === 'entity' && !inLink) return <Link to={paths.entity(fact.entity)} {...common}>{children}</Link>;
  return <mark {...common}>{children}</mark>;
}

function renderChildren(text: string, node: SpanNode<Mark>, inLink: boolean): ReactNode[] {
  const out: ReactNode[] = [];
  let at = node.start;
  node.children.forEach((c, i) => {
    if (c.start > at) out.push(text.slice(at, c.start));
    out.push(<Fragment key={i}>{renderNode(text, c, inLink)}</Fragment>);
    at = c.end;
  });
  if (node.end > at) out.push(text.slice(at, node.end));
  return out;
}

function renderNode(text: string, node: SpanNode<Mark>, inLink: boolean): ReactNode {
  const m = node.item!;
  if (m.kind === 'target') return <span className="target" id={node.continued ? undefined : 'target'}>{renderChildren(text, node, inLink)}</span>;
  if (m.kind === 'fact') {
    const link = inLink || (m.fact.kind === 'entity');
    return <FactElement fact={m.fact} index={m.index} first={!node.continued} inLink={inLink}>{renderChildren(text, node, link)}</FactElement>;
  }
  const p = m.paragraph;
  const body = renderChildren(text, node, inLink);
  if (p.kind === 'heading') return <h2 className="para heading">{body}</h2>;
  return (
    <p className={`para ${p.kind}${p.repeatOf !== null ? ' repeated' : ''}`} data-paragraph={m.index}
      title={p.repeatOf !== null ? `repeats paragraph ${p.repeatOf + 1}; left out of the analysis` : undefined}>
      {body}
    </p>
  );
}

export function MarkedText({ article, target, lang }: { article: ArticleDetail; target: { start: number; end: number } | null; lang: string | undefined }) {
  const spans: Span<Mark>[] = [
    ...article.paragraphs.map((paragraph, index) => ({ start: paragraph.start, end: paragraph.end, rank: 0, item: { kind: 'paragraph', paragraph, index } as Mark })),
    ...(target ? [{ ...target, rank: 1, item: { kind: 'target' } as Mark }] : []),
    ...article.facts.map((fact, index) => ({ start: fact.start, end: fact.end, rank: RANK[fact.kind], item: { kind: 'fact', fact, index } as Mark })),
  ];
  const root = nestSpans(article.text.length, spans);
  const out: ReactNode[] = [];
  let at = 0;
  root.children.forEach((c, i) => {
    // Text outside every paragraph is only the blank lines between them, unless the paragraphs are missing.
    const gap = article.text.slice(at, c.start);
    if (gap.trim()) out.push(<p key={`g${i}`} className="para">{gap}</p>);
    out.push(<Fragment key={i}>{c.item?.kind === 'paragraph' ? renderNode(article.text, c, false) : <p className="para">{renderNode(article.text, c, false)}</p>}</Fragment>);
    at = c.end;
  });
  const tail = article.text.slice(at);
  if (tail.trim()) out.push(<p key="tail" className="para">{tail}</p>);
  return <div className="article-text" lang={lang}>{out}</div>;
}
