import { isGermanNoun } from './common-words.ts';
import { germanWords } from './german-nouns.ts';

/**
 * A finite verb of the third person, regular ("benutzte", "gehört", "arbeitete"): the form less its ending,
 * with -en, is a verb FreeDict knows. The name before it is its subject, the name after a verb of saying its speaker.
 */
export function germanFiniteVerb(w: string): boolean {
  const words = germanWords();
  if (!words || w.length < 4) return false;
  const m = /^(\p{Ll}{2,}?)(?:ete|te|et|t)$/u.exec(w);
  return m !== null && (words.has(`${m[1]}en`) || words.has(`${m[1]}n`)) && !isGermanNoun(w);
}
