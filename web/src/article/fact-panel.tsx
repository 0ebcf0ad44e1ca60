/**
 * The facts of an article as lists beside its text: each entry links to its highlight in the text
 * (and entities to their pages), so that every fact is reachable from the keyboard.
 */
import type { ArticleDetail, Fact } from '../api/wire.ts';
import { Link, paths } from '../router.tsx';
import { Empty, plural } from '../ui/status.tsx';
import { describe, type FactKind } from './marked-text.tsx';
import { ENTITY_TYPE } from '../ui/words.ts';

type Of<K extends FactKind> = Extract<Fact, { kind: K }>;

function indexed<K extends FactKind>(facts: readonly Fact[], kind: K): Array<{ f: Of<K>; i: number }> {
  return facts.flatMap((f, i) => (f.kind === kind ? [{ f: f as Of<K>, i }] : []));
}


function Entities({ facts, lang }: { facts: readonly Fact[]; lang: string | undefined }) {
  const groups = new Map<string, { name: string; type: Of<'entity'>['type']; count: number; first: number; forms: Set<string> }>();
  for (const { f, i } of indexed(facts, 'entity')) {
    const g = groups.get(f.entity) ?? { name: f.text, type: f.type, count: 0, first: i, forms: new Set<string>() };
    g.count++;
    g.forms.add(f.text);
    if (f.text.length > g.name.length) g.name = f.text;
    groups.set(f.entity, g);
  }
  if (groups.size === 0) return <Empty>No names found.</Empty>;
  return (
    <ul className="fact-list">
      {[...groups].sort((a, b) => b[1].count - a[1].count).map(([id, g]) => (
        <li key={id}>
          <Link to={paths.entity(id)} lang={lang}>{g.name}</Link> <span className={`type ${g.type.toLowerCase()}`}>{ENTITY_TYPE[g.type]}</span>{' '}
          <a href={`#f${g.first}`} className="jump">×{g.count}</a>
          {g.forms.size > 1 && <span className="forms" lang={lang}> ({[...g.forms].join(', ')})</span>}
        </li>
      ))}
    </ul>
  );
}

function Listed({ article, kind, lang }: { article: ArticleDetail; kind: Exclude<FactKind, 'entity'>; lang: string | undefined }) {
  const items = indexed(article.facts, kind);
  if (items.length === 0) return <Empty>None found.</Empty>;
  return (
    <ul className="fact-list">
      {items.map(({ f, i }) => (
        <li key={i}>
          <a href={`#f${i}`} lang={lang}>{f.kind === 'quote' ? `“${article.text.slice(f.start, f.end)}”` : f.text}</a>
          <span className="what"> {describe(f)}</span>
        </li>
      ))}
    </ul>
  );
}

export function FactPanel({ article, lang }: { article: ArticleDetail; lang: string | undefined }) {
  const count = (k: FactKind) => article.facts.filter((f) => f.kind === k).length;
  return (
    <aside className="fact-panel" aria-label="Facts found in this article">
      <h2>Facts found</h2>
      <section><h3>Names ({plural(new Set(indexed(article.facts, 'entity').map((e) => e.f.entity)).size, 'entity', 'entities')})</h3><Entities facts={article.facts} lang={lang} /></section>
      <section><h3>Quotes ({count('quote')})</h3><Listed article={article} kind="quote" lang={lang} /></section>
      <section><h3>Figures ({count('figure')})</h3><Listed article={article} kind="figure" lang={lang} /></section>
      <section><h3>Dates ({count('date')})</h3><Listed article={article} kind="date" lang={lang} /></section>
      {count('provenance') > 0 && <section><h3>Provenance ({count('provenance')})</h3><Listed article={article} kind="provenance" lang={lang} /></section>}
    </aside>
  );
}
