import { isGermanNoun } from './common-words.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

/**
 * A person the model kept before one more capitalised word that ends the phrase takes it as the last part of the
 * name, which the rules stopped before because it is also a word ("verlässt Åke Walleborn die Band", "Hagar
 * Shmoulefeld Finer"): a lone kept word only when no list knows it as a given name (the rules have read those). Run
 * after the model.
 */
export function joinSurnames(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  return kept.map((s, k) => {
    const j = s.to;
    if (s.type !== 'PER' || s.role || j >= c.tokens.length || (s.to - s.from === 1 && (c.firstName[s.from] || !c.name[s.from]))) return s;
    // A genitive before a noun is its possessor: "Zabels Entscheidung", "Melanies Eltern".
    if (/s$/u.test(c.tokens[s.to - 1]!.norm)) return s;
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
