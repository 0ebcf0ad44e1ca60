import type { EntityType } from '../entities/entity.ts';
import type { EntitySummary, Store } from '../store/store.ts';

export interface EntitiesFlags {
  json: boolean;
  type?: EntityType;
  q?: string;
  limit: number;
}

function render(items: readonly EntitySummary[]): string {
  if (items.length === 0) return 'no entities';
  const rows = items.map((e) => [e.id, e.type, String(e.mentions), String(e.articles), e.languages.join(','), e.aliases.slice(0, 6).join(' | ')]);
  const head = ['entity', 'type', 'mentions', 'articles', 'languages', 'aliases'];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [fmt(head), ...rows.map(fmt)].join('\n');
}

/** `parallax entities`: canonical entities, most mentioned first, with aliases, counts and languages. */
export async function showEntities(store: Store, flags: EntitiesFlags, out: NodeJS.WritableStream): Promise<number> {
  const page = await store.entities({ limit: flags.limit, ...(flags.type ? { type: flags.type } : {}), ...(flags.q ? { q: flags.q } : {}) });
  out.write(flags.json ? `${JSON.stringify(page.items, null, 2)}\n` : `${render(page.items)}\n`);
  return 0;
}
