import { FOREIGN_PLACE_WORD } from './german-type-features.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

// The particles of Romance place names: "Lido di Spina", "Gorge de la Langouette", "Valle del Elqui".
const PARTICLE = /^(?:di|de|del|della|delle|dello|dei|degli|da|do|dos|das|du|des|la|le|los|las|el)$/u;
// English nouns that end a place's name and no person's: "Hudson River", "Lake Placid" opens with one.
const ENGLISH_PLACE_END = /^(?:river|lake|mountains|island|islands|bay|valley|beach|creek|canyon)$/u;

/**
 * A name German text quotes in its own language, built as a place: a Romance place word and a particle ("Lido di
 * Spina", "Isola di Arabella", "Gorge de la Langouette"), or an English place noun at its end ("Hudson River"). The
 * model, which reads unknown capitalised runs as people, may keep it as a person; no person is named so. Run after
 * the model.
 */
export function foreignPlaces(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  return kept.map((s) => {
    if (s.type !== 'PER' || s.to - s.from < 2 || s.person || s.role) return s;
    const romance = FOREIGN_PLACE_WORD.test(c.tokens[s.from]!.norm) && !c.tokens[s.from + 1]!.cap && PARTICLE.test(c.tokens[s.from + 1]!.norm);
    const english = ENGLISH_PLACE_END.test(c.tokens[s.to - 1]!.norm);
    return romance || english ? { ...s, type: 'LOC', id: null } : s;
  });
}
