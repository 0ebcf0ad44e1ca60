import { isGermanNoun } from './common-words.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

/**
 * A lone word the model kept as a person, that no list knows as a given name, before one more capitalised word that
 * ends the phrase ("verlässt Åke Walleborn die Band", "mit Sigismund Krause ,"): an unknown given name before its
 * surname, which the rules stopped at because the surname is also a noun. Run after the model.
 */
export function joinSurnames(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  return kept.map((s, k) => {
    const j = s.to;
    // A genitive before a noun is its possessor: "Zabels Entscheidung", "Melanies Eltern".
    if (s.type !== 'PER' || s.to - s.from !== 1 || c.firstName[s.from] || !c.name[s.from] || s.role || j >= c.tokens.length || /s$/u.test(c.tokens[s.from]!.norm)) return s;
    if ((kept[k + 1]?.from ?? Infinity) <= j + 1 || c.gaps[j] !== ' ' || !c.tokens[j]!.cap || !c.word[j] || c.initial[j] || c.stop.has(c.tokens[j]!.norm)) return s;
    // A noun the dictionary lists as written is more often the verb's object ("dankte Kolb Helfern") than a surname.
    if (isGermanNoun(c.tokens[j]!.norm) && !/^[-‐]$/u.test(c.gaps[j + 1] ?? '')) return s;
    let e = j + 1;
    while (e < c.tokens.length && /^[-‐]$/u.test(c.gaps[e]!) && c.tokens[e]!.cap) e++;
    // The surname ends the phrase: a lower-case word or punctuation follows, not another capitalised word.
    if (e < c.tokens.length && c.tokens[e]!.cap && /^\s+$/u.test(c.gaps[e]!)) return s;
    return { ...s, to: e, id: null };
  });
}
