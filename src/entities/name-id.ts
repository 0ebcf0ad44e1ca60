import { foldToLatin } from '../features/transliterate.ts';
import { entityId, type EntityId, type EntityType } from './entity.ts';

/**
 * Canonical ids for names the gazetteer does not know. Person ids are the folded name parts sorted, so
 * "Kishida Fumio" and "Fumio Kishida" meet; organisation and place ids keep the order and drop the
 * endings of case and number that German and Slavic names take ("Deutschen Bank" = "Deutsche Bank").
 */

const PARTICLE = /^(von|van|der|den|de|di|da|del|della|du|le|la|zu|ter)$/;

/** Folded name parts of a person name, in written order, without particles. */
export function personParts(words: readonly string[]): string[] {
  const parts = words.map((w) => foldToLatin(w).replace(/[^a-z0-9]/g, '')).filter((w) => w.length > 0);
  const core = parts.filter((w) => !PARTICLE.test(w));
  return core.length > 0 ? core : parts;
}

export function personId(parts: readonly string[]): EntityId {
  return entityId(`per:${[...new Set(parts)].sort().join('+')}`);
}

/** Language-independent light stemming of one folded word: enough for ids, not for meaning. */
function light(w: string): string {
  if (w.length < 5 || /\d/.test(w)) return w;
  const m = /(?:ischen|ischer|isches|ischem|ische|en|em|er|es|e|s|n)$/.exec(w);
  return m ? w.slice(0, w.length - m[0].length) : w;
}

export function nameId(type: Exclude<EntityType, 'PER'>, words: readonly string[]): EntityId {
  // Acronyms stay whole ("NATO" is not "NAT"); other words lose their inflection.
  const key = words
    .map((w) => ({ w: foldToLatin(w).replace(/[^a-z0-9&]/g, ''), acronym: /^\p{Lu}{2,}$/u.test(w) }))
    .filter(({ w }) => w.length > 0)
    .map(({ w, acronym }) => (acronym ? w : light(w)))
    .join('-');
  return entityId(`${type.toLowerCase()}:${key}`);
}
