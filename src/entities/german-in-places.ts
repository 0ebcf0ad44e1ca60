import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

/**
 * German puts a person after "in" only as a possessor before a noun ("in Papens Vizekanzlei", "in Michael
 * Jacksons „Black or White“"): a name the model kept as a person right after "in", with no capitalised word after it, is a
 * place ("in Epirus.", "In Garze traf es…", "in San Remo über den Lenker").
 */
export function placesAfterIn(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  return kept.map((s) => {
    if (s.type !== 'PER' || s.from === 0 || s.person || s.role || c.tokens[s.from - 1]!.norm !== 'in' || !/^\s+$/u.test(c.gaps[s.from]!)) return s;
    const next = c.tokens[s.to];
    if (next && next.cap && /^\s+$/u.test(c.gaps[s.to]!)) return s;
    // A given name and a genitive: the possessor of what follows, a title in quotes ("in Michael Jacksons „Black or White“").
    if (c.firstName[s.from] && c.tokens[s.to - 1]!.norm.endsWith('s')) return s;
    return { ...s, type: 'LOC', id: null };
  });
}
