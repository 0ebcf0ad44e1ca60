import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

/**
 * An article names one thing with the same words throughout: where the type model kept a name, a mention
 * of the same words it dropped elsewhere in the article ("Röttgen bestätigte" after "Umweltminister Röttgen",
 * "in Düren" after "Düren und Eregli") is kept too, with the kept mention's type. Only candidates the model
 * weighed are taken, and only where no kept name already covers their words.
 */
export function keepRepeatedNames(c: TokenContext, candidates: readonly Span[], kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  // As written: "Er" opening a sentence is no mention of the "ER" kept elsewhere.
  const key = (s: Span): string => c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  const typeOf = new Map<string, Span>();
  for (const s of kept) if (s.type && !typeOf.has(key(s))) typeOf.set(key(s), s);
  const taken = new Uint8Array(c.tokens.length);
  for (const s of kept) taken.fill(1, s.from, s.to);
  const added: Span[] = [];
  for (const s of candidates) {
    const model = typeOf.get(key(s));
    if (!model || kept.includes(s) || s.rule === 'lower-case') continue;
    let free = true;
    for (let i = s.from; i < s.to; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, s.from, s.to);
    if (s.type !== model.type) { s.type = model.type; s.id = model.id; }
    s.guess = false;
    added.push(s);
  }
  return added.length === 0 ? kept : [...kept, ...added].sort((a, b) => a.from - b.from);
}
