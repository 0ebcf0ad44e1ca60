import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isGermanNoun } from './common-words.ts';
import { germanWords } from './german-nouns.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

/**
 * Lower-case word forms of Debian's German spelling list (`wngerman`, /usr/share/dict/ngerman), when installed:
 * every inflected form, where FreeDict lists headwords only ("befürworten", not "befürwortet").
 */
let forms: { lower: Set<string>; upper: Set<string> } | null | undefined;

function load(): { lower: Set<string>; upper: Set<string> } | null {
  if (forms !== undefined) return forms;
  const path = join(process.env.PARALLAX_WORDLIST_DIR ?? '/usr/share/dict', 'ngerman');
  if (!existsSync(path)) return (forms = null);
  const lower = new Set<string>();
  const upper = new Set<string>();
  for (const w of readFileSync(path, 'utf8').split('\n')) if (w) (w === w.toLowerCase() ? lower : upper).add(w);
  return (forms = { lower, upper });
}

/**
 * A lone word that is an inflected form of a lower-case word, opening a sentence ("Aufgeschoben ist nicht
 * aufgehoben", "Befürwortet wird…", "Bezugnehmend auf…") or nominalised ("was künftig zu Tuendes sagt"), which the
 * list knows in lower case only, is no person, whatever the model says. Headwords FreeDict knows are left to the
 * model ("Braun", "Schwarz" and "Alt" are adjectives and surnames alike), and so are given names ("max", "Max") and
 * nouns, whose lower-case twins are verb forms ("Spiegel", "spiegel").
 */
export function dropInflectedWords(c: TokenContext, kept: Span[]): Span[] {
  const f = c.lang === 'de' ? load() : null;
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
