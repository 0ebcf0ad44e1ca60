/**
 * The key people of a story: persons (and the organisations that speak) with their mentions, roles and
 * quotes. Short names are linked to the one full name the story gives ("Kishida" → Fumio Kishida).
 */
import type { EntityId, EntityMention } from '../entities/entity.ts';
import { linkEntities } from '../entities/link-entities.ts';
import { factsOf } from '../facts/fact.ts';
import type { KeyPerson } from './briefing.ts';
import type { MemberView } from './member-view.ts';

const MAX_PEOPLE = 10;

export function keyPeople(members: readonly MemberView[]): KeyPerson[] {
  const mentionLists = members.map((m) => factsOf(m.facts, 'entity'));
  const link = linkEntities(mentionLists);
  const canonical = (id: EntityId) => link.get(id) ?? id;
  const people = new Map<EntityId, KeyPerson & { names: Map<string, number>; inArticles: Set<string> }>();
  const entry = (m: EntityMention) => {
    const id = canonical(m.entity);
    let p = people.get(id);
    if (!p) {
      p = { entity: id, name: m.text, type: m.type, roles: [], mentions: 0, articles: 0, quotes: [], names: new Map(), inArticles: new Set() };
      people.set(id, p);
    }
    return p;
  };
  members.forEach((member, i) => {
    for (const m of mentionLists[i]!) {
      if (m.type === 'LOC') continue;
      const p = entry(m);
      p.mentions++;
      p.inArticles.add(member.id);
      p.names.set(m.text, (p.names.get(m.text) ?? 0) + 1);
      if (m.role && !p.roles.includes(m.role)) p.roles.push(m.role);
    }
    for (const q of factsOf(member.facts, 'quote')) {
      if (q.speaker === null) continue;
      const p = people.get(canonical(q.speaker));
      if (!p) continue;
      p.quotes.push({ article: member.id, lang: member.lang, text: member.text.slice(q.start, q.end), direct: q.direct, start: q.start, end: q.end });
    }
  });
  const list = [...people.values()].filter((p) => p.type === 'PER' || p.quotes.length > 0);
  for (const p of list) {
    p.articles = p.inArticles.size;
    // The fullest name written: "Fumio Kishida" over "Kishida".
    p.name = [...p.names.entries()].sort((a, b) => b[0].split(/\s+/).length - a[0].split(/\s+/).length || b[1] - a[1])[0]?.[0] ?? p.name;
  }
  return list
    .sort((a, b) => b.quotes.length + b.mentions - (a.quotes.length + a.mentions) || (a.entity < b.entity ? -1 : 1))
    .slice(0, MAX_PEOPLE)
    .map(({ names: _n, inArticles: _a, ...p }) => p);
}
