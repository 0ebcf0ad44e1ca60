import { NAME_PARTICLES, ORG_CONNECTORS } from './cues.ts';
import type { Span } from './spans.ts';
import { joinable, type TokenContext } from './token-context.ts';

/**
 * Candidate names beside the rules' own, for the learned type model to choose among (they may overlap the
 * rules' spans and each other; `retypeSpans` keeps no two that overlap). Untyped here; `classify` gives
 * each the rules' opinion, which the model reads as evidence.
 */

/**
 * The parts of a name joined by a lower-case word ("Prefettura | di | Ascoli", "Istituto | per la | Ricerca"):
 * alternatives for the model, which reads one name or two.
 */
function connectorParts(c: TokenContext, s: Span): Span[] {
  const parts: Span[] = [];
  let from = s.from;
  for (let i = s.from; i <= s.to; i++) {
    if (i < s.to && c.tokens[i]!.cap) continue;
    if (i > from && (from > s.from || i < s.to)) parts.push(alternative(from, i, 'part'));
    from = i + 1;
  }
  return parts;
}

const alternative = (from: number, to: number, rule: string): Span =>
  ({ from, to, type: null, id: null, role: null, person: false, sure: false, cue: null, alternative: rule });

const CONNECTORS = new Set([...ORG_CONNECTORS, ...NAME_PARTICLES, 'and', 'e', 'und', 'et', 'y']);

/**
 * Every run of capitalised words, alone or joined by connectors ("Organizzazione Mondiale della Sanità",
 * "Massachusetts Institute of Technology"), that the rules did not propose: the model may take it.
 */
function capitalRuns(c: TokenContext, known: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  const add = (from: number, to: number, rule: string): void => {
    if (to - from > 8 || known.has(`${from}:${to}`)) return;
    out.push(alternative(from, to, rule));
  };
  const cap = (i: number): boolean => c.tokens[i]!.cap && c.word[i]!;
  let i = 0;
  while (i < c.tokens.length) {
    if (!cap(i)) { i++; continue; }
    let j = i + 1;
    while (j < c.tokens.length && cap(j) && joinable(c, j)) j++;
    add(i, j, 'run');
    // Runs joined by one or two connectors make one longer name.
    let k = j;
    while (k < c.tokens.length && k - j < 2 && CONNECTORS.has(c.tokens[k]!.norm) && !c.tokens[k]!.cap && joinable(c, k)) k++;
    if (k > j && k < c.tokens.length && cap(k) && joinable(c, k)) {
      let e = k + 1;
      while (e < c.tokens.length && cap(e) && joinable(c, e)) e++;
      add(i, e, 'joined-run');
    }
    i = j;
  }
  return out;
}

/** The parts of the given spans and the capitalised runs they do not already cover as a whole. */
export function alternativeSpans(c: TokenContext, spans: readonly Span[]): Span[] {
  const own = spans.filter((s) => !s.alternative);
  // A sentence's first word may be an ordinary word that merely looks like a given name ("Secondo Dell…").
  const tails = own.filter((s) => s.to - s.from >= 2 && c.initial[s.from]).map((s) => alternative(s.from + 1, s.to, 'tail'));
  const parts = [...own.flatMap((s) => connectorParts(c, s)), ...tails];
  const known = new Set([...spans, ...parts].map((s) => `${s.from}:${s.to}`));
  return [...parts, ...capitalRuns(c, known)];
}
