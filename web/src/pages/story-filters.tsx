/**
 * The filter form of the stories page. It is a plain GET form (it works as a link target too); on
 * submit the non-empty fields become the page's query string. The entity field suggests entities
 * by any of their names, in any language, and sends the chosen entity's id.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, useApi } from '../api/client.ts';
import type { EntityPage } from '../api/wire.ts';
import { navigate, paths } from '../router.tsx';
import { languageName } from '../ui/lang.tsx';

export const FILTER_NAMES = ['language', 'entity', 'from', 'to', 'q'] as const;
type Field = (typeof FILTER_NAMES)[number] | 'sort';

const ENTITY_ID = /^(per|org|loc):\S+$/;

function fieldsOf(query: URLSearchParams): Record<Field, string> {
  const out = {} as Record<Field, string>;
  for (const n of [...FILTER_NAMES, 'sort'] as const) out[n] = query.get(n) ?? '';
  return out;
}

/** Entities whose names contain what was typed, for the entity field's suggestions. */
function useEntitySuggestions(typed: string): EntityPage['items'] {
  const text = typed.trim();
  const page = useApi<EntityPage>(text.length >= 2 && !ENTITY_ID.test(text) ? api.entities(text) : null);
  return page.state === 'ok' ? page.data.items : [];
}

export function StoryFilters({ query, languages }: { query: URLSearchParams; languages: string[] }) {
  const [fields, setFields] = useState(() => fieldsOf(query));
  const key = query.toString();
  useEffect(() => setFields(fieldsOf(query)), [key]);
  const suggestions = useEntitySuggestions(fields.entity);
  // Open on wide screens; on a phone the list comes first unless filters are in use.
  const [open, setOpen] = useState(() => window.matchMedia('(min-width: 761px)').matches || FILTER_NAMES.some((n) => query.get(n)));
  const set = (name: Field) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      // A name typed without choosing a suggestion: take the best match, as the list shows it first.
      const v = name === 'entity' && value.trim() && !ENTITY_ID.test(value.trim()) ? (suggestions[0]?.id ?? value) : value;
      if (v.trim()) q.set(name, v.trim());
    }
    navigate(paths.stories(q));
  };
  const active = FILTER_NAMES.filter((n) => query.get(n)).length;
  return (
    <details className="filters-box" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Filters{active > 0 && ` (${active} in use)`}</summary>
      <form className="filters" action="/" method="get" onSubmit={submit} aria-label="Filter stories">
        <div className="field">
          <label htmlFor="f-language">Language</label>
          <input id="f-language" name="language" list="f-languages" value={fields.language} onChange={set('language')}
            pattern="[A-Za-z]{2,3}" placeholder="de, it, en…" size={7} aria-describedby="f-language-hint" />
          <datalist id="f-languages">
            {languages.map((l) => <option key={l} value={l}>{languageName(l)}</option>)}
          </datalist>
          <span id="f-language-hint" className="hint">two- or three-letter code</span>
        </div>
        <div className="field">
          <label htmlFor="f-entity">Entity</label>
          <input id="f-entity" name="entity" list="f-entities" value={fields.entity} onChange={set('entity')}
            placeholder="Kishida, Giappone…" aria-describedby="f-entity-hint" autoComplete="off" />
          <datalist id="f-entities">
            {suggestions.map((e) => <option key={e.id} value={e.id}>{`${e.name} (${e.aliases.slice(0, 4).join(', ')})`}</option>)}
          </datalist>
          <span id="f-entity-hint" className="hint">a name in any language, or an entity id</span>
        </div>
        <div className="field">
          <label htmlFor="f-from">From</label>
          <input id="f-from" name="from" type="date" value={fields.from} onChange={set('from')} />
        </div>
        <div className="field">
          <label htmlFor="f-to">To</label>
          <input id="f-to" name="to" type="date" value={fields.to} onChange={set('to')} />
        </div>
        <div className="field">
          <label htmlFor="f-q">Words</label>
          <input id="f-q" name="q" type="search" value={fields.q} onChange={set('q')} placeholder="all must occur" />
        </div>
        <div className="field">
          <label htmlFor="f-sort">Order</label>
          <select id="f-sort" name="sort" value={fields.sort} onChange={set('sort')}>
            <option value="">Newest first</option>
            <option value="largest">Largest first</option>
          </select>
        </div>
        <div className="actions">
          <button type="submit">Apply</button>
          <a href={paths.stories()} onClick={(e) => { e.preventDefault(); navigate(paths.stories()); }}>Clear</a>
        </div>
      </form>
    </details>
  );
}
