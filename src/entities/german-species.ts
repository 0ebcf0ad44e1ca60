import { isGermanWord } from './common-words.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';
import { wordListForms } from './word-list.ts';

// Endings of Latin species epithets: "didactylus", "pacificus", "hoffmanni", "nyctaginoides", "vulgaris", "alpinum".
const EPITHET = /(?:us|is|um|ae|i|oides|ensis|ata|atum)$/u;

/**
 * A single capitalised word the model kept, followed by a lower-case Latin word neither German list knows, is a genus
 * before its species ("Choloepus didactylus", "Thaleichthys pacificus"): the name of a kind of living thing, none of
 * ours. Run after the model.
 */
export function dropSpecies(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  const forms = wordListForms('ngerman');
  if (!forms) return kept;
  const out = kept.filter((s) => {
    const j = s.to;
    if (s.to - s.from !== 1 || j >= c.tokens.length || c.gaps[j] !== ' ' || c.acronym[s.from]) return true;
    const t = c.tokens[j]!;
    return t.cap || t.norm.length < 5 || !EPITHET.test(t.norm) || forms.lower.has(t.norm) || isGermanWord(t.norm);
  });
  return out.length === kept.length ? kept : out;
}
