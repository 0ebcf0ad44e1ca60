/**
 * Reporting cues: the verb that reports speech ("sagte", "ha detto", "a-t-il déclaré", "pointed out"), as a run
 * of items of a sentence, with what the verb form tells about its subject (number, gender, an inverted pronoun).
 */

import type { Item } from './sentence-items.ts';
import type { Gender, SpeechLexicon } from './speech-lexicon.ts';

export interface Cue {
  /** Item indices of the first and last item of the cue (an auxiliary before, a particle after the verb). */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  plural: boolean;
  gender: Gender | null;
  /** A pronoun written into the verb ("dit-il", "a-t-elle ajouté"): the inverted subject. */
  pronoun: { text: string; start: number; end: number } | null;
}

const CAPITAL = /^[\p{Lu}\p{Lt}]/u;

/** Does a capitalised verb form stand where a verb can (sentence start, after punctuation or a quote)? */
function capitalAllowed(items: readonly Item[], k: number): boolean {
  const prev = items[k - 1];
  return !prev || prev.kind !== 'word';
}

function make(text: string, items: readonly Item[], first: number, last: number, verb: string, lex: SpeechLexicon, pronoun: Cue['pronoun']): Cue {
  const start = items[first]!.start;
  const end = items[last]!.end;
  return { first, last, start, end, text: text.slice(start, end), plural: lex.pluralVerbs.has(verb), gender: lex.verbGender.get(verb) ?? null, pronoun };
}

/** An inverted pronoun glued to a verb by hyphens: "dit-il", "a-t-elle", "ajoute-t-on". */
function hyphenInversion(w: Item, lex: SpeechLexicon): { head: string; pronoun: Cue['pronoun'] } | null {
  const m = /^(.+?)-(?:t-)?([\p{L}]+)$/u.exec(w.lower);
  if (!m) return null;
  const p = m[2]!;
  const { pronouns } = lex;
  if (!pronouns.m.has(p) && !pronouns.f.has(p) && !pronouns.plural.has(p) && p !== 'on') return null;
  const pStart = w.end - p.length;
  return { head: m[1]!, pronoun: { text: w.text.slice(w.text.length - p.length), start: pStart, end: w.end } };
}

/** The cue whose verb is item k, or null. */
export function cueAt(text: string, items: readonly Item[], k: number, lex: SpeechLexicon): Cue | null {
  const w = items[k];
  if (!w || w.kind !== 'word') return null;
  const inv = w.lower.includes('-') ? hyphenInversion(w, lex) : null;
  if (inv) {
    if (lex.verbs.has(inv.head)) return make(text, items, k, k, inv.head, lex, inv.pronoun);
    const next = items[k + 1];
    if (lex.auxiliaries.has(inv.head) && next?.kind === 'word' && lex.verbs.has(next.lower)) return make(text, items, k, k + 1, next.lower, lex, inv.pronoun);
    return null;
  }
  if (!lex.verbs.has(w.lower)) return null;
  if (CAPITAL.test(w.text) && !capitalAllowed(items, k)) return null;
  let first = k;
  const prev = items[k - 1];
  if (prev?.kind === 'word' && lex.auxiliaries.has(prev.lower)) first = k - 1;
  let last = k;
  const next = items[k + 1];
  // A separable particle closes its clause ("fügte hinzu:", "räumte ein, dass"); "sagte ein Beamter" keeps "ein" out.
  const after = items[k + 2];
  if (next?.kind === 'word' && lex.particles.has(next.lower) && (!after || after.kind !== 'word' || lex.complementizers.has(after.lower))) last = k + 1;
  return make(text, items, first, last, w.lower, lex, null);
}

/** The first cue in items [from, to), or null. */
export function firstCue(text: string, items: readonly Item[], from: number, to: number, lex: SpeechLexicon): Cue | null {
  for (let k = from; k < to; k++) {
    const c = cueAt(text, items, k, lex);
    if (c) return c;
  }
  return null;
}

/** The last cue whose verb lies in items [from, to), or null. */
export function lastCue(text: string, items: readonly Item[], from: number, to: number, lex: SpeechLexicon): Cue | null {
  for (let k = to - 1; k >= from; k--) {
    const c = cueAt(text, items, k, lex);
    if (c) return c;
  }
  return null;
}
