import { isGermanNoun } from './common-words.ts';
import { germanWords } from './german-nouns.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';
import { wordListForms } from './word-list.ts';

/**
 * A lone word that is an inflected form of a lower-case word, opening a sentence ("Aufgeschoben ist nicht
 * aufgehoben", "Befürwortet wird…", "Bezugnehmend auf…") or nominalised ("was künftig zu Tuendes sagt"), which the
 * list knows in lower case only, is no person, whatever the model says. Headwords FreeDict knows are left to the
 * model ("Braun", "Schwarz" and "Alt" are adjectives and surnames alike), and so are given names ("max", "Max") and
 * nouns, whose lower-case twins are verb forms ("Spiegel", "spiegel").
 */
export function dropInflectedWords(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  // Debian's German spelling list (`wngerman`), when installed: every inflected form, where FreeDict lists
  // headwords only ("befürworten", not "befürwortet").
  const f = wordListForms('ngerman');
  const heads = germanWords();
  if (!f || !heads) return kept;
  const out = kept.filter((s) => {
    if (s.type !== 'PER' || s.to - s.from !== 1 || c.firstName[s.from] || s.role) return true;
    const t = c.tokens[s.from]!;
    const surface = c.text.slice(t.start, t.end);
    return !(f.lower.has(t.norm) && !f.upper.has(surface) && !heads.has(t.norm) && !isGermanNoun(t.norm));
  });
  return out.length === kept.length ? kept : out;
}
