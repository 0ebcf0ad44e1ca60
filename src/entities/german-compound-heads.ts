import { isCommonWord } from './common-words.ts';
import { englishWords } from './german-nouns.ts';
import { fixedType } from './retype-spans.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

/**
 * A name and a common noun joined by a hyphen are a compound noun the name modifies ("Island-Reiseführer",
 * "KFC-Kasse", "DLV-Gala"; English nouns too, which German compounds freely: "Germania-Coach", "Porsche-Special"),
 * not a longer name: the kept mention is cut back to the name, which then carries
 * `part` as every compound's modifier does ("G7-Gipfel"). Only two words, and never a whole the gazetteer or a
 * German pattern typed ("Baden-Württembergs").
 */
export function cutCommonHeads(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  return kept.map((s) => {
    if (s.to - s.from !== 2 || fixedType(s) || !/^[-‐]$/u.test(c.gaps[s.to - 1]!)) return s;
    const head = c.tokens[s.to - 1]!;
    const english = englishWords()?.has(head.norm) && !c.firstName[s.to - 1];
    if (c.acronym[s.to - 1] || !(isCommonWord(head.norm, 'de', c.text.slice(head.start, head.end)) || english)) return s;
    return { ...s, to: s.to - 1, id: null };
  });
}
