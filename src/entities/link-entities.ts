import type { EntityId, EntityMention } from './entity.ts';

/**
 * Corpus-level linking of short person names: "Biden" in an article that never writes "Joe Biden" gets
 * the full name's id when exactly one full name in the corpus contains that name part. Ambiguous short
 * names ("Kim" with several Kims) stay as they are. Returns short id -> full id; ids not in the map are final.
 */
export function linkEntities(articles: readonly (readonly EntityMention[])[]): Map<EntityId, EntityId> {
  const shortIds = new Set<EntityId>();
  const byPart = new Map<string, Set<EntityId>>();
  for (const mentions of articles) {
    for (const m of mentions) {
      if (m.type !== 'PER' || !m.entity.startsWith('per:')) continue;
      const parts = m.entity.slice(4).split('+');
      if (parts.length === 1) { shortIds.add(m.entity); continue; }
      for (const p of parts) {
        let ids = byPart.get(p);
        if (!ids) byPart.set(p, (ids = new Set()));
        ids.add(m.entity);
      }
    }
  }
  const out = new Map<EntityId, EntityId>();
  for (const id of shortIds) {
    const full = byPart.get(id.slice(4));
    if (full?.size === 1) out.set(id, [...full][0]!);
  }
  return out;
}
