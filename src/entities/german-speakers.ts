import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

// Verbs of saying before their subject: "…, sagte Schönberg.", "…, erklärte Gosslar,".
const SAYING = /^(?:sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|kritisierte|kritisiert|warnte|warnt|forderte|fordert|ergänzte|ergänzt|bestätigte|bestätigt)$/u;

/**
 * The speaker named right after a verb of saying, the clause ending with the name (", sagte Gosslar."), is a person
 * even when the model, seeing a town's shape, kept a place: surnames are towns somewhere. A place the gazetteer knows
 * stays one (", sagte Moskau," speaks for a government, which is no person either). Run after the model.
 */
export function speakersAfterSaying(c: TokenContext, kept: Span[]): Span[] {
  if (c.lang !== 'de') return kept;
  return kept.map((s) => {
    if (s.type !== 'LOC' || s.from === 0 || s.rule === 'gazetteer' || s.rule === 'gazetteer-head' || !SAYING.test(c.tokens[s.from - 1]!.norm)
      || !/^\s+$/u.test(c.gaps[s.from]!)) return s;
    const end = c.tokens[s.to - 1]!.end;
    return /^\s*[.,;:!?]/u.test(c.text.slice(end, end + 3)) || s.to === c.tokens.length ? { ...s, type: 'PER', id: null } : s;
  });
}
