import { isGermanWord } from './common-words.ts';
import { DE_PLACE_NOUN } from './cues.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)$/u;

/** A capitalised adjective mid-sentence, a space before the word after it: "Kleine", "Hinteren", "Sächsische". */
const adjectiveAt = (c: TokenContext, k: number): boolean => {
  const t = c.tokens[k]!;
  return t.cap && !c.initial[k] && !c.name[k] && !c.acronym[k] && c.gaps[k + 1] === ' ' && /(?:e|en|er|es|em)$/u.test(t.norm)
    && !ARTICLE.test(t.norm) && isGermanWord(t.norm);
};

/**
 * German writes an adjective capitalised mid-sentence only inside a name, and before a place it is the place's own:
 * "der Kleine Schaftberg", "im Hinteren Bayerischen Wald", "die Sächsische Schweiz". A place the model kept takes
 * the capitalised adjectives before it; so does a word the model kept as a person whose head is a place's noun
 * ("der Große Arberberg"), which is then a place. Run after the model, which never saw these spans whole.
 */
export function placeAdjectives(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  let taken = -1;
  return kept.map((s) => {
    const place = s.type === 'LOC' || (s.type === 'PER' && DE_PLACE_NOUN.test(c.tokens[s.to - 1]!.norm));
    let from = s.from;
    while (place && from - 1 > taken && adjectiveAt(c, from - 1)) from--;
    taken = s.to - 1;
    return from === s.from ? s : { ...s, from, type: 'LOC', id: null };
  });
}
