/**
 * What the story endpoint says about each member beyond the fields the UI knows (the clustering's
 * explanation of why an article is in its story, once the server sends one), shown as it comes:
 * nested names and values, as text. Nothing is shown when there is nothing more.
 */
import type { ReactNode } from 'react';
import type { StoryMember } from '../api/wire.ts';
import { SourceRef } from './source-ref.tsx';
import type { StoryView } from './story-view.ts';

const KNOWN = new Set(['id', 'title', 'lang', 'published', 'relation']);

function Value({ v }: { v: unknown }): ReactNode {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(3);
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object')) return v.map((x) => <Value key={String(x)} v={x} />).reduce<ReactNode[]>((a, x) => (a.length ? [...a, ', ', x] : [x]), []);
    return <ul>{v.map((x, i) => <li key={i}><Value v={x} /></li>)}</ul>;
  }
  return (
    <dl className="notes">
      {Object.entries(v).map(([k, x]) => <div key={k}><dt>{k}</dt><dd><Value v={x} /></dd></div>)}
    </dl>
  );
}

export function ServerNotes({ view, members }: { view: StoryView; members: readonly StoryMember[] }) {
  const extra = members
    .map((m) => ({ id: m.id, fields: Object.entries(m as unknown as Record<string, unknown>).filter(([k]) => !KNOWN.has(k)) }))
    .filter((m) => m.fields.length > 0);
  if (extra.length === 0) return null;
  return (
    <div className="server-notes">
      <h3>Each article, as the clustering explains it</h3>
      {extra.map((m) => (
        <details key={m.id}>
          <summary><SourceRef view={view} article={m.id} long /></summary>
          <Value v={Object.fromEntries(m.fields)} />
        </details>
      ))}
    </div>
  );
}
