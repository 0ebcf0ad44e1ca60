import { isKnownTown } from './cities.ts';
import { isCommonWord } from './common-words.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

// Plural and abstract endings of common nouns: "Rentenerhöh|ungen", "Arbeiterdemonstrat|ionen", "Kind|ern".
const NOUN_FORM = /(?:ungen|ionen|heiten|keiten|schaften|ern)$/u;

/**
 * A single word the model kept that the dictionary reads as a common noun in a plural or abstract form
 * ("Arbeiterdemonstrationen", "Rentenerhöhungen") names a kind, not one place, body or person; towns that end so stay
 * ("Kaiserslautern"). Run after the model.
 */
export function dropPluralNouns(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  const out = kept.filter((s) => {
    if (s.to - s.from !== 1 || s.sure || c.acronym[s.from]) return true;
    const t = c.tokens[s.from]!;
    return !NOUN_FORM.test(t.norm) || !isCommonWord(t.norm, 'de', c.text.slice(t.start, t.end)) || isKnownTown(c.folded[s.from]!, 'de');
  });
  return out.length === kept.length ? kept : out;
}
