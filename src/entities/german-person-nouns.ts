import { germanNouns } from './german-nouns.ts';

/**
 * German nouns that name a person by what they do or are ("Politiker", "Experte", "Aktivistin", "Zeuge"),
 * read from FreeDict's nouns by grammar rather than listed: German makes a woman of a person noun with -in
 * ("Politikerin", "Expertin"), and a noun whose -in form the dictionary also knows names a person. Things
 * take no such form ("Computer", "Kerze"). Written right before a name, such a noun says whose name it is
 * ("der CSU-Politiker Straubinger", "Menschenrechtsaktivist Barghuti"), the way roles do for the few
 * listed in roles.ts.
 */

let personNouns: Set<string> | null | undefined;

function load(): Set<string> | null {
  if (personNouns !== undefined) return personNouns;
  const nouns = germanNouns();
  if (!nouns) return (personNouns = null);
  const found = new Set<string>();
  for (const n of nouns) {
    if (n.length < 4) continue;
    const female = n.endsWith('e') ? `${n.slice(0, -1)}in` : `${n}in`;
    if (nouns.has(female) || nouns.has(`${n}in`)) { found.add(n); found.add(nouns.has(female) ? female : `${n}in`); }
  }
  return (personNouns = found);
}

const isPersonNoun = (w: string, set: ReadonlySet<string>): boolean =>
  set.has(w) || (w.endsWith('s') && set.has(w.slice(0, -1))) || (w.endsWith('n') && set.has(w.slice(0, -1)))
  || (w.endsWith('en') && set.has(w.slice(0, -2)));

/**
 * Is this lower-case word a person noun, as written, inflected ("Politikers", "Experten") or as the head of a
 * compound ("Menschenrechtsaktivist", "CSU-Politiker", "Fußball-Experte")? False without the dictionary.
 */
export function germanPersonNoun(word: string): boolean {
  const set = load();
  if (!set) return false;
  const w = word.slice(Math.max(word.lastIndexOf('-'), word.lastIndexOf('‐')) + 1);
  if (w.length < 4) return false;
  if (isPersonNoun(w, set)) return true;
  // A compound's head: the longest ending of four letters or more that is a person noun.
  for (let i = 1; i <= w.length - 4; i++) if (isPersonNoun(w.slice(i), set)) return true;
  return false;
}
