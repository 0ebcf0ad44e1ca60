import { isGermanWord } from './common-words.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';
import { wordListForms } from './word-list.ts';

/**
 * A person the model kept right after a sentence's first word, when that word is known to neither dictionary nor to
 * the spelling list in any case ("Fredricka Whitefield : …"): German capitalises nouns, not unknown adverbs or verbs,
 * so the opener is the name's first word, which the rules set aside as a capitalised opener. Run after the model.
 */
export function keepUnknownOpeners(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  const forms = wordListForms('ngerman');
  if (!forms) return kept;
  return kept.map((s, k) => {
    const o = s.from - 1;
    if (s.type !== 'PER' || o < 0 || !c.initial[o] || !c.name[o] || c.gaps[s.from] !== ' ' || (k > 0 && kept[k - 1]!.to > o)) return s;
    const t = c.tokens[o]!;
    if (c.stop.has(t.norm) || isGermanWord(t.norm) || forms.lower.has(t.norm) || forms.upper.has(c.text.slice(t.start, t.end))) return s;
    return { ...s, from: o, id: null };
  });
}
